// Rust Book ch. 5.2: computing the area of a rectangle, three ways.
fn area_tuple(dimensions: (u32, u32)) -> u32 {
    dimensions.0 * dimensions.1
}

struct Rectangle {
    width: u32,
    height: u32,
}

fn area(rectangle: &Rectangle) -> u32 {
    rectangle.width * rectangle.height
}

fn main() {
    let width1 = 30;
    let height1 = 50;
    println!("plain: {} square pixels", width1 * height1);

    let rect1 = (30, 50);
    println!("tuple: {} square pixels", area_tuple(rect1));

    let rect2 = Rectangle { width: 30, height: 50 };
    println!("struct: {} square pixels", area(&rect2));
    println!("rect2 is still usable: {}x{}", rect2.width, rect2.height);
}
