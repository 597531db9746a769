// kind: compiles
// title: longest with an argument from an inner scope
// tags: lifetimes
// difficulty: 2
// ---
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}
fn main() {
    let x = String::from("long one");
    let res;
    {
        let y = String::from("short");
        res = longest(&x, &y);
    }
    println!("{}", res);
}
