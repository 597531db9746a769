// kind: prints
// title: How a Vec grows
// tags: vec-realloc
// difficulty: 3
// mode: text
// ---
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("{}", v.capacity());
    for i in 0..5 {
        v.push(i);
        println!("{} {}", v.len(), v.capacity());
    }
}
