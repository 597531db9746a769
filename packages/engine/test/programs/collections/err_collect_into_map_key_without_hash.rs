use std::collections::HashMap;

#[derive(PartialEq)]
struct Point { x: i32 }

fn main() {
    let m: HashMap<Point, u32> = vec![(Point { x: 1 }, 1)].into_iter().collect();
    println!("{}", m.len());
}
