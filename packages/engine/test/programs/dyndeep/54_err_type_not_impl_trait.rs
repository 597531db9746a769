trait Drawable {
    fn draw(&self) -> String;
}

struct Line { len: u32 }
struct Point;

impl Drawable for Line {
    fn draw(&self) -> String { "-".repeat(self.len as usize) }
}

fn main() {
    let mut scene: Vec<Box<dyn Drawable>> = Vec::new();
    scene.push(Box::new(Line { len: 4 }));
    // Point never implemented Drawable.
    scene.push(Box::new(Point));
    for d in &scene {
        println!("{}", d.draw());
    }
}
