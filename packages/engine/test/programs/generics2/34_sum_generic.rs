use std::iter::Sum;
use std::ops::Mul;

fn total<T: Sum<T> + Copy>(xs: &[T]) -> T {
    xs.iter().copied().sum()
}

fn dot<T>(a: &[T], b: &[T]) -> T
where
    T: Mul<Output = T> + Sum<T> + Copy,
{
    a.iter().zip(b.iter()).map(|(&x, &y)| x * y).sum()
}

fn main() {
    println!("{}", total(&[1, 2, 3, 4]));
    println!("{}", total(&[0.5, 0.25, 0.25]));
    println!("{}", total::<u64>(&[]));
    println!("dot = {}", dot(&[1, 2, 3], &[4, 5, 6]));
    println!("dot = {}", dot(&[1.5, 2.0], &[2.0, 0.5]));
}
