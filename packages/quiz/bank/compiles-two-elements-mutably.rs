// kind: compiles
// title: Two mutable references into one array
// tags: mutable-borrow
// difficulty: 2
// ---
fn main() {
    let mut a = [1, 2, 3, 4];
    let x = &mut a[0];
    let y = &mut a[2];
    *x += 10;
    *y += 20;
    println!("{:?}", a);
}
