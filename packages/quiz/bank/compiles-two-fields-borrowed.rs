// kind: compiles
// title: Borrowing two fields of one struct
// tags: mutable-borrow, borrow
// difficulty: 2
// ---
struct P {
    name: String,
    count: u32,
}
fn main() {
    let mut p = P { name: String::from("p"), count: 0 };
    let n = &p.name;
    let c = &mut p.count;
    *c += n.len() as u32;
    println!("{} {}", p.name, p.count);
}
