enum Payload {
    Text(String),
    Number(i64),
}

fn main() {
    let p = Payload::Text(String::from("hello"));
    match p {
        Payload::Text(s) => println!("text {}", s),
        Payload::Number(n) => println!("number {}", n),
    }
    if let Payload::Text(s) = p {
        println!("again {}", s);
    }
}
