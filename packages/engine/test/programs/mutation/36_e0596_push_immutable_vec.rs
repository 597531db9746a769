fn main() {
    let names = Vec::new();
    let guests = ["Ana", "Bo", "Cy"];
    for g in guests {
        names.push(g.to_uppercase());
    }
    println!("{:?}", names);
}
