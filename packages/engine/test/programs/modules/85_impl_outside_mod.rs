mod model {
    #[derive(Debug)]
    pub struct Point { pub x: i32, pub y: i32 }
}
impl model::Point {
    fn manhattan(&self) -> i32 { self.x.abs() + self.y.abs() }
}
mod render {
    use crate::model::Point;
    pub fn show(p: &Point) -> String { format!("({}, {})", p.x, p.y) }
}
fn main() {
    let p = model::Point { x: -3, y: 4 };
    println!("{} {} {:?}", render::show(&p), p.manhattan(), p);
}
