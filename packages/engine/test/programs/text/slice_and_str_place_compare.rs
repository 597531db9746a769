fn main() {
    let s = String::from("hello");
    let t = "yellow";
    println!("{}", s[1..] == t[2..]);
    let a: &str = "ab";
    let b: &str = "ab";
    println!("{}", *a == *b);
    let x = [1, 2, 3];
    let y = vec![1, 3];
    println!("{} {}", x[..] < y[..], x[1..] >= y[..]);
}
