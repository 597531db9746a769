fn main() {
    let mut nickname: Option<String> = Some(String::from("Rusty"));
    if let Some(n) = &nickname {
        println!("Hi, {}!", n);
    }
    if let Some(n) = nickname.as_mut() {
        n.push_str(" the Crab");
    }
    if let Some(ref n) = nickname {
        println!("now: {}", n);
    }
    match &mut nickname {
        Some(n) => n.make_ascii_uppercase(),
        None => {}
    }
    println!("{:?}", nickname);
}
