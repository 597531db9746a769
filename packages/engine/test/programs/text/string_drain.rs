fn main() {
    let mut s = String::from("hello, world");
    let hello: String = s.drain(..5).collect();
    println!("{} |{}| {}", hello, s, s.capacity());
    let mut t = String::from("abcdef");
    let middle: Vec<char> = t.drain(2..=3).collect();
    println!("{:?} {}", middle, t);
    let mut u = String::from("xyz");
    u.drain(..);
    println!("[{}] {} {}", u, u.len(), u.capacity());
}
