// kind: compiles
// title: Passing a String inside a loop
// tags: move
// difficulty: 1
// ---
fn consume(s: String) -> usize {
    s.len()
}
fn main() {
    let s = String::from("abc");
    let mut total = 0;
    for _ in 0..3 {
        total += consume(s);
    }
    println!("{}", total);
}
