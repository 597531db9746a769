#[derive(Debug, Clone, Copy)]
struct Money(i64);
fn main() {
    let v = vec![Money(3), Money(4)];
    let t: Money = v.iter().sum();
    println!("{:?}", t);
}
