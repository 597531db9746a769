#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let scale = 2;
    let rect1 = Rectangle {
        width: dbg!(30 * scale),
        height: 50,
    };
    dbg!(&rect1);
    let name = String::from("Ferris");
    let moved = dbg!(name);
    let (a, b) = dbg!(1 + 1, "two");
    dbg!();
    println!("{} {} {} {}", rect1.width, moved, a, b);
}
