fn main() {
    let names = Vec::new();
    names.push(String::from("Alice"));
    names.push(String::from("Bob"));
    for n in &names {
        println!("{}", n);
    }
}
