use std::fmt::Display;

// Methods that only exist when the type parameter allows them.
struct Pair<T> {
    left: T,
    right: T,
}

impl<T> Pair<T> {
    fn new(left: T, right: T) -> Self {
        Pair { left, right }
    }
    fn swap(self) -> Pair<T> {
        Pair { left: self.right, right: self.left }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn show_larger(&self) {
        if self.left >= self.right {
            println!("larger is left: {}", self.left);
        } else {
            println!("larger is right: {}", self.right);
        }
    }
}

struct Opaque;

fn main() {
    let p = Pair::new(3, 8);
    p.show_larger();
    let q = p.swap();
    q.show_larger();
    Pair::new("kiwi", "fig").show_larger();
    // Pair<Opaque> exists, but has no show_larger.
    let _o = Pair::new(Opaque, Opaque).swap();
    println!("done");
}
