fn main() {
    let a = String::from("hello");
    let b = String::from(" world");
    let c = a.clone() + &b;
    let d = format!("{}{}", a, b);
    let mut e = c.clone();
    e += "!";
    println!("{} | {} | {} | {} | {}", a, b, c, d, e);
}
