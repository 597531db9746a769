// Methods that exist only when T has the right traits.
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

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}

trait Shout {
    fn shout(&self) -> String;
}

// Blanket impl: every Display type can shout.
impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        self.to_string().to_uppercase()
    }
}

fn main() {
    let nums = Pair::new(3, 9);
    nums.cmp_display();
    let words = Pair::new("kiwi", "fig");
    words.cmp_display();
    println!("{}", "quiet please".shout());
    println!("{}", 3.5.shout());
}
