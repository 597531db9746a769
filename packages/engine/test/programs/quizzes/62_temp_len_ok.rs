fn main() {
    let r = &String::from("xyz").len();
    let s: &str = &String::from("abc");
    println!("{} {}", r, s);
}
