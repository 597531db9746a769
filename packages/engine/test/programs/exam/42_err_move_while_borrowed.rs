fn consume(s: String) {
    println!("consumed {}", s);
}

fn main() {
    let title = String::from("Rust 101");
    let r = &title;
    consume(title);
    println!("borrowed title: {}", r);
}
