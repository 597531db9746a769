// A function with no reference inputs cannot return a borrowed &str.
fn dangle() -> &str {
    let s = String::from("hello");
    &s
}

fn main() {
    let r = dangle();
    println!("{}", r);
}
