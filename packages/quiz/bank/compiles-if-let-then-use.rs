// kind: compiles
// title: Using an Option after if let
// tags: move, borrow
// difficulty: 2
// ---
fn main() {
    let opt = Some(String::from("hi"));
    if let Some(x) = opt {
        println!("x = {}", x);
    }
    println!("{}", opt.is_some());
}
