fn main() {
    let mut roster: Vec<String> = Vec::new();
    let name = String::from("Linus");
    roster.push(name);
    println!("added {}", name);
    println!("{:?}", roster);
}
