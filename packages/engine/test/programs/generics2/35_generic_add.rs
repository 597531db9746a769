use std::ops::Add;

fn add<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

fn sum_three<T>(a: T, b: T, c: T) -> T
where
    T: Add<Output = T> + Copy,
{
    add(add(a, b), c)
}

fn main() {
    println!("{}", add(2, 3));
    println!("{}", add(1.5, 2.25));
    println!("{}", add(-7i64, 10));
    println!("{}", sum_three(1u8, 2, 3));
    println!("{}", sum_three(0.1f32, 0.2, 0.3));
}
