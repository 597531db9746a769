fn remember(msg: &'static str) -> usize {
    msg.len()
}

fn main() {
    let greeting = String::from("hello from a String");
    let n = remember(&greeting);
    println!("{} bytes", n);
}
