// A function returning a reference derived from two inputs needs a lifetime parameter.
fn longer(a: &str, b: &str) -> &str {
    if a.len() > b.len() {
        a
    } else {
        b
    }
}

fn main() {
    let first = String::from("rust");
    let second = String::from("ferris");
    println!("{}", longer(&first, &second));
}
