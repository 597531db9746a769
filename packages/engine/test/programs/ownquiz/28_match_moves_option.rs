fn main() {
    let nickname: Option<String> = Some(String::from("Rusty"));
    match nickname {
        Some(n) => println!("Hi, {}!", n),
        None => println!("Hi, stranger!"),
    }
    println!("{:?}", nickname);
}
