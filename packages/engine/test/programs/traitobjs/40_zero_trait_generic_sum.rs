use std::ops::Add;

trait Zero {
    fn zero() -> Self;
}

impl Zero for i32 {
    fn zero() -> Self { 0 }
}

impl Zero for f64 {
    fn zero() -> Self { 0.0 }
}

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl Zero for Money {
    fn zero() -> Self { Money { cents: 0 } }
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn sum_all<T>(items: &[T]) -> T
where
    T: Zero + Add<Output = T> + Copy,
{
    let mut acc = T::zero();
    for &x in items {
        acc = acc + x;
    }
    acc
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3, 4]));
    println!("{}", sum_all(&[0.5, 0.25, 0.125]));
    let wallet = [Money { cents: 250 }, Money { cents: 1999 }, Money { cents: 1 }];
    println!("{:?}", sum_all(&wallet));
    let nothing: [i32; 0] = [];
    println!("{}", sum_all(&nothing));
}
