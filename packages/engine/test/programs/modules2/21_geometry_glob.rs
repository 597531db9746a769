// Glob-importing our own module: use shapes::*.
mod shapes {
    pub struct Square {
        pub side: u32,
    }

    pub struct Triangle {
        pub base: u32,
        pub height: u32,
    }

    pub fn describe_square(s: &Square) -> String {
        format!("square with side {}", s.side)
    }

    pub fn describe_triangle(t: &Triangle) -> String {
        format!("triangle {}x{}", t.base, t.height)
    }

    pub fn doubled_area_triangle(t: &Triangle) -> u32 {
        t.base * t.height
    }
}

use shapes::*;

fn main() {
    let sq = Square { side: 6 };
    let tri = Triangle { base: 5, height: 8 };
    println!("{} has area {}", describe_square(&sq), sq.side * sq.side);
    println!("{} has area {}", describe_triangle(&tri), doubled_area_triangle(&tri) / 2);
}
