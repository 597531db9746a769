// Puzzle: the guard inspects the String, the arm moves it. Does this compile?
fn main() {
    let inbox = vec![
        Some(String::from("urgent: server down")),
        None,
        Some(String::from("lunch?")),
        Some(String::from("urgent: disk full")),
    ];
    let mut urgent: Vec<String> = Vec::new();
    let mut later = 0;

    for msg in inbox {
        match msg {
            Some(text) if text.starts_with("urgent") => urgent.push(text),
            Some(text) => {
                later += 1;
                println!("later: {}", text);
            }
            None => println!("empty slot"),
        }
    }

    println!("{:?}, {} for later", urgent, later);
}
