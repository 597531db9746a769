fn main() {
    let mut s = String::from("Hello, world");
    let rest = s.split_off(5);
    println!("[{}] [{}] {}", s, rest, s.len());
    let mut t = String::from("Grüße, Jürgen");
    t.replace_range(0..6, "Hi");
    println!("{}", t);
    t.replace_range(..2, "Hallo");
    println!("{}", t);
    let mut u = String::from("abc");
    let end = u.split_off(3);
    println!("[{}] [{}]", u, end);
    let mut v = String::from("héllo");
    let tail = v.split_off(2);
    println!("{} {}", v, tail);
}
