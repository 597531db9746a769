// kind: compiles
// title: Assigning inside a match on a reference
// tags: borrow, nll
// difficulty: 3
// ---
fn main() {
    let mut opt = Some(String::from("hi"));
    match &opt {
        Some(s) => {
            opt = None;
            println!("got {}", s);
        }
        None => println!("none"),
    }
    println!("{:?}", opt);
}
