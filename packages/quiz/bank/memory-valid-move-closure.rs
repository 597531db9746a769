// kind: memory
// title: What a move closure takes
// tags: closures, move, copy
// difficulty: 2
// ask: valid
// at: line 5
// ---
fn main() {
    let label = String::from("clicks");
    let limit = 3;
    let report = move |n: i32| format!("{}: {}/{}", label, n, limit);
    let text = report(2);
    println!("{} {}", text, limit);
}
