// Functions end in an expression: no semicolon means "this is the value".
fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn area_of_square(side: u32) -> u32 {
    side * side
}

fn describe(n: i32) -> &'static str {
    if n < 0 {
        return "negative";
    }
    if n == 0 { "zero" } else { "positive" }
}

fn main() {
    let boiling = celsius_to_fahrenheit(100.0);
    println!("100C = {boiling}F");

    // A block is an expression too.
    let total = {
        let a = area_of_square(3);
        let b = area_of_square(4);
        a + b
    };
    println!("3^2 + 4^2 = {total}");

    for n in [-2, 0, 7] {
        println!("{n} is {}", describe(n));
    }
}
