// A slice of &dyn Trait pointing at values on the stack.
trait Area {
    fn area(&self) -> u32;
}

struct Tile { w: u32, h: u32 }
struct Dot;

impl Area for Tile {
    fn area(&self) -> u32 { self.w * self.h }
}
impl Area for Dot {
    fn area(&self) -> u32 { 1 }
}

fn largest<'a>(items: &[&'a dyn Area]) -> Option<&'a dyn Area> {
    let mut best: Option<&'a dyn Area> = None;
    for &it in items {
        match best {
            Some(b) if b.area() >= it.area() => {}
            _ => best = Some(it),
        }
    }
    best
}

fn main() {
    let t1 = Tile { w: 2, h: 3 };
    let t2 = Tile { w: 4, h: 1 };
    let d = Dot;
    let items: [&dyn Area; 3] = [&t1, &d, &t2];
    if let Some(b) = largest(&items) {
        println!("largest area = {}", b.area());
    }
    let empty: [&dyn Area; 0] = [];
    println!("empty -> {}", largest(&empty).is_none());
}
