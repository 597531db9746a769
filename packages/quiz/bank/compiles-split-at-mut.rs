// kind: compiles
// title: Two mutable halves of one array
// tags: mutable-borrow
// difficulty: 3
// ---
fn main() {
    let mut a = [1, 2, 3, 4];
    let (left, right) = a.split_at_mut(2);
    let x = &mut left[0];
    let y = &mut right[0];
    *x += 10;
    *y += 20;
    std::mem::swap(x, y);
    println!("{:?}", a);
}
