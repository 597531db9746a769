mod model {
    #[derive(Debug, Clone, Copy)]
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }
}

mod ops {
    use super::model::Point;

    impl Point {
        pub fn manhattan(&self, other: &Point) -> i32 {
            (self.x - other.x).abs() + (self.y - other.y).abs()
        }
    }
}

mod render {
    use super::model::Point;

    impl Point {
        pub fn to_label(&self) -> String {
            format!("<{},{}>", self.x, self.y)
        }
    }

    pub fn grid(points: &[Point], w: i32, h: i32) -> Vec<String> {
        (0..h)
            .rev()
            .map(|y| (0..w).map(|x| if points.iter().any(|p| p.x == x && p.y == y) { '#' } else { '.' }).collect())
            .collect()
    }
}

use model::Point;

fn main() {
    let pts = [Point { x: 0, y: 0 }, Point { x: 3, y: 2 }, Point { x: 1, y: 3 }];
    for p in &pts {
        println!("{} is {} from origin", p.to_label(), p.manhattan(&pts[0]));
    }
    for row in render::grid(&pts, 4, 4) {
        println!("{}", row);
    }
}
