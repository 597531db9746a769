// Exercise: make User cheap to pass around.
#[derive(Debug, Clone, Copy)]
struct User {
    id: u32,
    name: String,
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn show(u: User) {
    println!("user #{} {}", u.id, u.name);
}

fn main() {
    let u = User { id: 1, name: String::from("root") };
    let v = u;
    show(u);
    println!("{:?} {:?}", u, v);
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?}", p, q);
}
