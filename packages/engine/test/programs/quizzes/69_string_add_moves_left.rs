fn main() {
    let a = String::from("hello");
    let b = String::from(" world");
    let c = a + &b;
    println!("{} {}", c, b);
    println!("{}", a);
}
