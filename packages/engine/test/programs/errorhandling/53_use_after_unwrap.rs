fn main() {
    let maybe_title: Option<String> = Some(String::from("The Rust Programming Language"));
    let title = maybe_title.unwrap();
    println!("title: {}", title);
    if maybe_title.is_some() {
        println!("we had a title");
    }
}
