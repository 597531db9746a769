// move_semantics4: two mutable borrows of the same vector alive at once.
fn main() {
    let mut x = Vec::new();
    let y = &mut x;
    let z = &mut x;
    y.push(42);
    z.push(13);
    println!("{:?}", x);
}
