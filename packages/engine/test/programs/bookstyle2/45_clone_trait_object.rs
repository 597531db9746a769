// Exercise: a list of shapes that can be cloned as trait objects.
#[derive(Clone)]
struct Circle {
    radius: f64,
}

#[derive(Clone)]
struct Square {
    side: f64,
}

fn main() {
    let shapes: Vec<Box<dyn Clone>> = vec![
        Box::new(Circle { radius: 1.0 }),
        Box::new(Square { side: 2.0 }),
    ];
    println!("{} shapes", shapes.len());
}
