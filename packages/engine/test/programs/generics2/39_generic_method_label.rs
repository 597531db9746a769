use std::fmt::Display;

struct Point<T> {
    x: T,
    y: T,
}

impl<T: Display> Point<T> {
    // A method with its own type parameter L, independent of T.
    fn labelled<L: Display>(&self, label: L) -> String {
        format!("{}=({}, {})", label, self.x, self.y)
    }
}

impl<T: Copy> Point<T> {
    fn swapped(&self) -> Point<T> {
        Point { x: self.y, y: self.x }
    }
}

fn main() {
    let p = Point { x: 3, y: 8 };
    println!("{}", p.labelled("A"));
    println!("{}", p.labelled('B'));
    println!("{}", p.labelled(42));
    println!("{}", p.swapped().labelled("A'"));

    let q = Point { x: "left", y: "right" };
    println!("{}", q.swapped().labelled(String::from("Q")));
}
