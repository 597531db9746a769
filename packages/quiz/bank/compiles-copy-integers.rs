// kind: compiles
// title: Integers after assignment and a call
// tags: copy
// difficulty: 1
// ---
fn double(n: i32) -> i32 {
    n * 2
}

fn main() {
    let a = 21;
    let b = a;
    let c = double(a);
    println!("{} {} {}", a, b, c);
}
