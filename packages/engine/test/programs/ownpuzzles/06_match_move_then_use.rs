// Puzzle: after the match, is `message` still there?
fn main() {
    let message: Option<String> = Some(String::from("hello"));

    match message {
        Some(text) => println!("got {}", text),
        None => println!("nothing"),
    }

    if message.is_some() {
        println!("message is still here");
    }
}
