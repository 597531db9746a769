fn main() {
    let nickname: Option<String> = Some(String::from("Ferris"));

    let name = nickname.unwrap();
    println!("Hello, {}!", name);

    if nickname.is_some() {
        println!("(nickname was set)");
    }
}
