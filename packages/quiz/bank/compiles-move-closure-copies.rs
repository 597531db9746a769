// kind: compiles
// title: A move closure over a number and a String
// tags: closures, move, copy
// difficulty: 2
// ---
fn main() {
    let n = 41;
    let s = String::from("kept");
    let f = move || n + 1;
    let g = || s.len();
    println!("{} {} {} {}", f(), n, g(), s);
}
