fn make() -> &'static str {
    let s = String::from("local");
    &s
}
fn main() {
    println!("{}", make());
}
