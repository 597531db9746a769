fn main() {
    let greeting: Option<String> = Some("hi".to_string());
    let recipients = ["Ann", "Ben", "Cat"];

    for r in recipients {
        let g = greeting.unwrap();
        println!("{}, {}", g, r);
    }
}
