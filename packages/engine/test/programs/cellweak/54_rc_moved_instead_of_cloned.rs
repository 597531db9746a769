use std::rc::Rc;

struct Viewer {
    name: &'static str,
    image: Rc<Vec<u8>>,
}

fn main() {
    let image = Rc::new(vec![0u8, 128, 255]);

    let left = Viewer { name: "left", image: image };
    // Student mistake: the first viewer took the Rc itself, not a clone
    let right = Viewer { name: "right", image: Rc::clone(&image) };

    println!("{} {} {}", left.name, right.name, Rc::strong_count(&right.image));
}
