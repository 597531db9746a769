use std::collections::HashSet;

// Enums with payloads can be hashed too, as long as every field can.
#[derive(Debug, Clone, Hash, PartialEq, Eq, PartialOrd, Ord)]
enum Shape {
    Circle { radius: u32 },
    Rect { w: u32, h: u32 },
    Named(String),
}

fn main() {
    let drawn = vec![
        Shape::Circle { radius: 2 },
        Shape::Rect { w: 3, h: 4 },
        Shape::Named("star".to_string()),
        Shape::Circle { radius: 2 },
        Shape::Rect { w: 4, h: 3 },
        Shape::Named("star".to_string()),
    ];
    let distinct: HashSet<Shape> = drawn.iter().cloned().collect();
    println!("drawn {}, distinct {}", drawn.len(), distinct.len());

    let mut sorted: Vec<&Shape> = distinct.iter().collect();
    sorted.sort();
    for s in sorted {
        println!("{:?}", s);
    }
    println!("has r=2 circle: {}", distinct.contains(&Shape::Circle { radius: 2 }));
    println!("has r=5 circle: {}", distinct.contains(&Shape::Circle { radius: 5 }));
}
