use std::collections::HashMap;

#[derive(PartialEq)]
struct Point { x: i32 }

fn main() {
    let mut m: HashMap<Point, u32> = HashMap::new();
    m.insert(Point { x: 1 }, 1);
    println!("{}", m.len());
}
