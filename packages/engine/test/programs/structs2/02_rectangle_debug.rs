#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let scale = 2;
    let rect1 = Rectangle {
        width: 30 * scale,
        height: 50,
    };

    println!("rect1 is {:?}", rect1);
    println!("rect1 is {:#?}", rect1);

    let rects = vec![
        Rectangle { width: 1, height: 2 },
        Rectangle { width: 3, height: 4 },
    ];
    println!("{:?}", rects);
    println!("{:#?}", rects[1]);
}
