#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let city = "Lisbon";
    let population = 545_923;
    let area = 100.05_f64;
    let p = Point { x: 3, y: -4 };
    let tags = vec!["coast", "capital"];

    println!("{city} has {population} inhabitants");
    println!("{city:>10}|{population:<10}|");
    println!("density: {:.1}", population as f64 / area);
    println!("{area:.3} km2");
    println!("{p:?}");
    println!("{tags:?}");
    println!("{city:?}");
    println!("{p:#?}");
}
