// variables2: a variable is declared but not initialised on every path before use.
fn main() {
    let level: i32;
    let score = 42;

    if score > 50 {
        level = 2;
    }

    println!("The level is {}", level);
}
