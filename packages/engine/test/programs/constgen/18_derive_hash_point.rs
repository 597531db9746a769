use std::collections::HashSet;

// Deriving Hash, Eq and PartialEq lets Point be a set element.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq, PartialOrd, Ord)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let clicks = [
        Point { x: 1, y: 2 },
        Point { x: 3, y: 4 },
        Point { x: 1, y: 2 },
        Point { x: 0, y: 0 },
        Point { x: 3, y: 4 },
    ];
    let mut seen = HashSet::new();
    let mut repeats = 0;
    for p in clicks {
        if !seen.insert(p) {
            repeats += 1;
        }
    }
    println!("{} unique, {} repeats", seen.len(), repeats);

    let mut unique: Vec<Point> = seen.into_iter().collect();
    unique.sort();
    for p in &unique {
        println!("({}, {})", p.x, p.y);
    }
}
