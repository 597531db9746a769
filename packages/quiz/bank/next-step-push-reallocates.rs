// kind: next-step
// title: The third push into a Vec of capacity 2
// tags: vec-realloc
// difficulty: 3
// at: line 4
// ---
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    v.push(3);
    println!("{:?}", v);
}
