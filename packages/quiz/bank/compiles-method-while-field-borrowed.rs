// kind: compiles
// title: Calling a method while a field is borrowed
// tags: mutable-borrow, borrow
// difficulty: 3
// ---
struct P {
    name: String,
    count: u32,
}
impl P {
    fn inc(&mut self) {
        self.count += 1;
    }
}
fn main() {
    let mut p = P { name: String::from("p"), count: 0 };
    let n = &p.name;
    p.inc();
    println!("{} {}", n, p.count);
}
