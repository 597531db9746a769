// Student forgot the lifetime parameter on the struct.
struct Excerpt {
    part: &str,
}

fn main() {
    let text = String::from("It was the best of times.");
    let ex = Excerpt { part: &text[..6] };
    println!("{}", ex.part);
}
