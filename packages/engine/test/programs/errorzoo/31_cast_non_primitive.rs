// Quiz: `as` only converts between primitive types.
fn main() {
    let input = String::from("42");
    let doubled = input.len() * 2;
    println!("len doubled = {}", doubled);
    // A String cannot be cast to a number.
    let n = input as i32;
    println!("n + 1 = {}", n + 1);
}
