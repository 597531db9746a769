struct Point<T> {
    x: T,
    y: T,
}

// Wrote two type arguments, but Point only has one parameter.
fn describe(p: &Point<i32, f64>) -> String {
    format!("({}, {})", p.x, p.y)
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", describe(&p));
}
