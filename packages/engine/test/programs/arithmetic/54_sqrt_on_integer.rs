// Mistake: calling a float method on an integer.

fn hypotenuse(a: i32, b: i32) -> i32 {
    let sum = a * a + b * b;
    sum.sqrt()
}

fn main() {
    println!("{}", hypotenuse(3, 4));
}
