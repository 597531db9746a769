use std::any::Any;

trait Shape {
    fn as_any(&self) -> &dyn Any;
    fn eq_dyn(&self, other: &dyn Shape) -> bool;
}

#[derive(PartialEq)]
struct Circle { r: u32 }
#[derive(PartialEq)]
struct Rect { w: u32, h: u32 }

impl Shape for Circle {
    fn as_any(&self) -> &dyn Any { self }
    fn eq_dyn(&self, other: &dyn Shape) -> bool {
        other.as_any().downcast_ref::<Circle>().map_or(false, |o| self == o)
    }
}

impl Shape for Rect {
    fn as_any(&self) -> &dyn Any { self }
    fn eq_dyn(&self, other: &dyn Shape) -> bool {
        other.as_any().downcast_ref::<Rect>().map_or(false, |o| self == o)
    }
}

impl PartialEq for dyn Shape {
    fn eq(&self, other: &Self) -> bool { self.eq_dyn(other) }
}

fn main() {
    let a: Box<dyn Shape> = Box::new(Circle { r: 2 });
    let b: Box<dyn Shape> = Box::new(Circle { r: 2 });
    let c: Box<dyn Shape> = Box::new(Rect { w: 2, h: 2 });
    let d: Box<dyn Shape> = Box::new(Rect { w: 2, h: 3 });
    println!("a == b: {}", *a == *b);
    println!("a == c: {}", *a == *c);
    println!("c == d: {}", *c == *d);
    println!("c != c: {}", *c != *c);
}
