trait Fmt {
    fn item<T: std::fmt::Display>(&self, x: T) -> String;
}
struct B;
impl Fmt for B {
    fn item<T: std::fmt::Display>(&self, x: T) -> String { format!("[{}]", x) }
}
fn show<F: Fmt>(f: &F) -> String { f.item(1) }
fn main() { println!("{}", show(&B)); }
