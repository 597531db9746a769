mod math {
    pub fn square(x: i32) -> i32 {
        x * x
    }
    pub fn cube(x: i32) -> i32 {
        x * square(x)
    }
}

use math::{cube, square};

fn main() {
    let square = square(7);
    println!("square = {}", square);
    let cube = cube(3);
    println!("cube = {}", cube);
    // the function is still reachable through its path
    println!("math::square(5) = {}", math::square(5));
    let total = square + cube;
    println!("total = {}", total);
    {
        let math = "not a module";
        println!("local math = {}, path works: {}", math, math::cube(2));
    }
}
