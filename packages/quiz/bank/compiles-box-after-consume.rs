// kind: compiles
// title: Using a Box after passing it on
// tags: box, move
// difficulty: 1
// ---
fn consume(b: Box<i32>) -> i32 {
    *b + 1
}

fn main() {
    let boxed = Box::new(41);
    let answer = consume(boxed);
    println!("{} {}", answer, boxed);
}
