// kind: next-step
// title: Calling a function that takes a String
// tags: move
// difficulty: 1
// at: line 7
// ---
fn measure(s: String) -> usize {
    let n = s.len();
    n
}

fn main() {
    let s = String::from("frame");
    let n = measure(s);
    println!("{}", n);
}
