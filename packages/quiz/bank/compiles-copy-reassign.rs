// kind: compiles
// title: Writing back into a copied-from variable
// tags: copy
// difficulty: 1
// ---
fn main() {
    let a = 10;
    let mut b = a;
    b += 5;
    a = b;
    println!("{} {}", a, b);
}
