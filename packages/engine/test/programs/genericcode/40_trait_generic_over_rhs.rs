use std::ops::Mul;

// A 2D vector generic over its component type.
#[derive(Debug, Clone, Copy, PartialEq)]
struct V2<T> {
    x: T,
    y: T,
}

// vector * scalar
impl<T: Mul<Output = T> + Copy> Mul<T> for V2<T> {
    type Output = V2<T>;
    fn mul(self, k: T) -> V2<T> {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl<T> V2<T>
where
    T: Mul<Output = T> + std::ops::Add<Output = T> + Copy,
{
    fn dot(self, o: V2<T>) -> T {
        self.x * o.x + self.y * o.y
    }
}

fn main() {
    let a = V2 { x: 2, y: 3 };
    println!("{:?}", a * 4);
    println!("dot = {}", a.dot(V2 { x: -1, y: 5 }));
    let b = V2 { x: 0.5, y: 1.5 };
    println!("{:?}", b * 2.0);
    println!("dot = {}", b.dot(b));
}
