fn shout(message: String) -> usize {
    println!("{}!!!", message.to_uppercase());
    message.len()
}

fn main() {
    let message = String::from("hello");
    for _ in 0..3 {
        let n = shout(message);
        println!("shouted {} letters", n);
    }
}
