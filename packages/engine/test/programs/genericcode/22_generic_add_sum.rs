use std::ops::Add;

// Summing works for any T that can be added and has a starting value.
fn sum_with<T: Add<Output = T> + Copy>(items: &[T], start: T) -> T {
    let mut acc = start;
    for &x in items {
        acc = acc + x;
    }
    acc
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: i32,
    y: i32,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

fn double<T>(x: T) -> T::Output
where
    T: Add + Copy,
{
    x + x
}

fn main() {
    println!("{}", sum_with(&[1, 2, 3, 4], 0));
    println!("{}", sum_with(&[0.5, 0.25], 1.0));
    let moves = [Vec2 { x: 1, y: 0 }, Vec2 { x: 0, y: 2 }, Vec2 { x: -3, y: 1 }];
    println!("{:?}", sum_with(&moves, Vec2 { x: 0, y: 0 }));
    println!("{} {:?}", double(21), double(Vec2 { x: 2, y: 3 }));
}
