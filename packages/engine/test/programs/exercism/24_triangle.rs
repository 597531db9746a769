// Triangle classification, generic over the side type.
use std::ops::Add;

pub struct Triangle<T> {
    sides: [T; 3],
}

impl<T> Triangle<T>
where
    T: Copy + PartialOrd + Add<Output = T> + Default,
{
    pub fn build(mut sides: [T; 3]) -> Option<Triangle<T>> {
        sides.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let zero = T::default();
        if sides[0] <= zero || sides[0] + sides[1] < sides[2] {
            None
        } else {
            Some(Triangle { sides })
        }
    }

    fn distinct_sides(&self) -> usize {
        let [a, b, c] = self.sides;
        1 + (a != b) as usize + (b != c) as usize
    }

    pub fn is_equilateral(&self) -> bool {
        self.distinct_sides() == 1
    }

    pub fn is_isosceles(&self) -> bool {
        self.distinct_sides() <= 2
    }

    pub fn is_scalene(&self) -> bool {
        self.distinct_sides() == 3
    }
}

fn describe<T>(sides: [T; 3]) -> String
where
    T: Copy + PartialOrd + Add<Output = T> + Default + std::fmt::Debug,
{
    match Triangle::build(sides) {
        None => format!("{:?}: not a triangle", sides),
        Some(t) if t.is_equilateral() => format!("{:?}: equilateral", sides),
        Some(t) if t.is_isosceles() => format!("{:?}: isosceles", sides),
        Some(t) => format!("{:?}: scalene={}", sides, t.is_scalene()),
    }
}

fn main() {
    println!("{}", describe([2, 2, 2]));
    println!("{}", describe([3, 4, 4]));
    println!("{}", describe([5, 4, 6]));
    println!("{}", describe([1, 1, 3]));
    println!("{}", describe([0, 0, 0]));
    println!("{}", describe([0.5, 0.4, 0.6]));
}
