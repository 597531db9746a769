#[derive(Debug)]
enum Payload {
    Text(String),
    Bytes(Vec<u8>),
    Empty,
}

fn size(p: &Payload) -> usize {
    match p {
        Payload::Text(s) => s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::Empty => 0,
    }
}

fn main() {
    let msg = Payload::Text(String::from("hello, pattern matching"));
    match msg {
        Payload::Text(s) => println!("text: {}", s),
        Payload::Bytes(b) => println!("{} bytes", b.len()),
        Payload::Empty => println!("nothing"),
    }
    println!("size was {}", size(&msg));
}
