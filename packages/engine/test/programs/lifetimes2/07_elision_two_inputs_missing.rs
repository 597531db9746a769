// With two input references, the compiler cannot guess the output lifetime.
fn shorter(a: &str, b: &str) -> &str {
    if a.len() <= b.len() { a } else { b }
}

fn main() {
    let x = String::from("apple");
    let y = String::from("fig");
    println!("shorter: {}", shorter(&x, &y));
}
