// A macro that writes a struct (an item).
macro_rules! point_struct {
    ($name:ident, $t:ty) => {
        #[derive(Debug, Clone, Copy)]
        struct $name {
            x: $t,
            y: $t,
        }
    };
}

point_struct!(PointI, i32);
point_struct!(PointF, f64);

fn main() {
    let p = PointI { x: 1, y: -2 };
    let q = PointF { x: 0.5, y: 1.5 };
    println!("{:?} {:?}", p, q);
    println!("{}", p.x + p.y);
}
