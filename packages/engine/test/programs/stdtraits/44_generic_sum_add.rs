use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Vec3 {
    x: i32,
    y: i32,
    z: i32,
}

impl Add for Vec3 {
    type Output = Vec3;
    fn add(self, o: Vec3) -> Vec3 {
        Vec3 { x: self.x + o.x, y: self.y + o.y, z: self.z + o.z }
    }
}

impl Mul<i32> for Vec3 {
    type Output = Vec3;
    fn mul(self, k: i32) -> Vec3 {
        Vec3 { x: self.x * k, y: self.y * k, z: self.z * k }
    }
}

fn total<T>(items: &[T]) -> T
where
    T: Add<Output = T> + Default + Copy,
{
    let mut acc = T::default();
    for &it in items {
        acc = acc + it;
    }
    acc
}

fn weighted<T: Mul<i32, Output = T> + Add<Output = T> + Default + Copy>(items: &[T], w: &[i32]) -> T {
    items.iter().zip(w).fold(T::default(), |acc, (&x, &k)| acc + x * k)
}

fn main() {
    println!("{}", total(&[1, 2, 3, 4]));
    println!("{}", total(&[0.5, 0.25, 0.125]));
    let forces = [Vec3 { x: 1, y: 0, z: -2 }, Vec3 { x: 3, y: 3, z: 3 }, Vec3 { x: -4, y: 1, z: 0 }];
    println!("{:?}", total(&forces));
    println!("{:?}", total::<Vec3>(&[]));
    println!("{:?}", weighted(&forces, &[2, 1, 0]));
    println!("{}", weighted(&[10, 20, 30], &[1, 2, 3]));
}
