fn main() {
    let s: &str = String::from("abcdef").as_str();
    println!("{}", s);
}
