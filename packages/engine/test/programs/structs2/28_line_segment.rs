#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Line {
    start: Point,
    end: Point,
}

impl Line {
    fn length_squared(&self) -> i32 {
        let dx = self.end.x - self.start.x;
        let dy = self.end.y - self.start.y;
        dx * dx + dy * dy
    }

    fn midpoint(&self) -> (f64, f64) {
        (
            (self.start.x + self.end.x) as f64 / 2.0,
            (self.start.y + self.end.y) as f64 / 2.0,
        )
    }

    fn reversed(&self) -> Line {
        Line { start: self.end, end: self.start }
    }
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 7, y: 10 };
    let l = Line { start: a, end: b };
    println!("{:?}", l);
    println!("len^2 = {}", l.length_squared());
    println!("mid = {:?}", l.midpoint());
    let r = l.reversed();
    println!("reversed starts at b? {}", r.start == b);
    let Line { start, end } = r;
    println!("start=({}, {}), end=({}, {})", start.x, start.y, end.x, end.y);
}
