struct Point {
    x: i32,
    y: i32,
}

struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn where_is(p: &Point) -> String {
    match p {
        Point { x: 0, y: 0 } => String::from("at the origin"),
        Point { x, y: 0 } => format!("on the x axis at {}", x),
        Point { x: 0, y } => format!("on the y axis at {}", y),
        Point { x, y } => format!("at ({}, {})", x, y),
    }
}

fn main() {
    let pts = [Point { x: 0, y: 0 }, Point { x: 5, y: 0 }, Point { x: 0, y: -3 }, Point { x: 2, y: 7 }];
    for p in &pts {
        println!("{}", where_is(p));
    }

    let p = Point { x: 10, y: 20 };
    let Point { x: a, y: b } = p;
    println!("a = {}, b = {}", a, b);

    let origin = Point3 { x: 1, y: 2, z: 3 };
    match origin {
        Point3 { x, .. } => println!("x is {}", x),
    }
    let Point3 { z, .. } = origin;
    println!("z is {}, y is {}", z, origin.y);
}
