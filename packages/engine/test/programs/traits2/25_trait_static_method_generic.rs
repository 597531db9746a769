// Constructors in traits: Self-returning associated functions.
trait Zero {
    fn zero() -> Self;
    fn is_zero(&self) -> bool;
}

impl Zero for i32 {
    fn zero() -> Self {
        0
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}

#[derive(Debug, PartialEq)]
struct Vec3(i32, i32, i32);

impl Zero for Vec3 {
    fn zero() -> Self {
        Vec3(0, 0, 0)
    }
    fn is_zero(&self) -> bool {
        *self == Vec3::zero()
    }
}

fn count_zeros<T: Zero>(items: &[T]) -> usize {
    items.iter().filter(|x| x.is_zero()).count()
}

fn main() {
    let nums = [0, 4, 0, 7];
    let vs = [Vec3(0, 0, 0), Vec3(1, 0, 0)];
    println!("zeros in nums: {}", count_zeros(&nums));
    println!("zeros in vs: {}", count_zeros(&vs));
    let z: Vec3 = Zero::zero();
    println!("{:?} {}", z, <i32 as Zero>::zero());
}
