fn main() {
    let names = vec![String::from("Ada"), String::from("Grace"), String::from("Linus")];
    let first = &names[0];
    drop(names);
    println!("first name was {}", first);
}
