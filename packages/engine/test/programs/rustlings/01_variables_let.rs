// variables1: bind a value with `let` and print it.
fn main() {
    let x = 5;
    let greeting = "Hello";
    println!("x has the value {x}");
    println!("{greeting}, world!");

    let (width, height) = (12, 7);
    let area = width * height;
    println!("A {width}x{height} rectangle has area {area}");
}
