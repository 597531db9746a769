// Two live mutable borrows of the same vector.
fn main() {
    let mut cart = vec!["milk"];
    let a = &mut cart;
    let b = &mut cart;
    a.push("eggs");
    b.push("bread");
    println!("{:?}", cart);
}
