#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let rooms = vec![
        Rectangle { width: 4, height: 5 },
        Rectangle { width: 3, height: 3 },
        Rectangle { width: 6, height: 2 },
    ];
    let floor_space = rooms.area();
    println!("total floor space: {}", floor_space);
}
