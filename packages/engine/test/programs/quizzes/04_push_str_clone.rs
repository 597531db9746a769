fn main() {
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.push_str(&s.to_uppercase());
    println!("{}", s);
}
