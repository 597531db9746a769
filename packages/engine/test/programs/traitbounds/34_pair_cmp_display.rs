use std::fmt::Display;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

// Only pairs whose T can be compared and printed get cmp_display.
impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

struct Opaque(u8);

fn main() {
    Pair::new(3, 9).cmp_display();
    Pair::new("walrus", "carpenter").cmp_display();
    Pair::new(2.5, 2.5).cmp_display();
    let hidden = Pair::new(Opaque(1), Opaque(2));
    println!("opaque pair: {} {}", hidden.x.0, hidden.y.0);
}
