// A smart pointer of the program's own: Deref gives `*`, method calls, fields and coercions.
use std::ops::Deref;

struct Tracked<T> {
    value: T,
    label: &'static str,
}

impl<T> Deref for Tracked<T> {
    type Target = T;
    fn deref(&self) -> &T {
        println!("deref of {}", self.label);
        &self.value
    }
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn norm1(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn total(xs: &[u32]) -> u32 {
    xs.iter().sum()
}

fn main() {
    let name = Tracked { value: String::from("Ferris"), label: "name" };
    println!("{} has {} bytes, upper {}", *name, name.len(), name.to_uppercase());
    let p = Tracked { value: Point { x: 3, y: -4 }, label: "point" };
    println!("x = {}, norm = {}, {:?}", p.x, p.norm1(), *p);
    let v = Tracked { value: vec![1u32, 2, 3], label: "vec" };
    println!("total {} first {:?} len {}", total(&v), v.first(), v.len());
    let n = Tracked { value: -7i64, label: "n" };
    println!("{} {}", n.abs(), *n + 1);
    let r: &Point = &p;
    println!("{}", r.y);
}
