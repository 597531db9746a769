fn take(s: &String) -> String {
    *s
}
fn main() {
    let s = String::from("hello");
    println!("{}", take(&s));
}
