use std::fmt::Display;

// Conditionally implemented methods: cmp_display exists only when T allows it.
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

fn main() {
    Pair::new(3, 8).cmp_display();
    Pair::new("b", "a").cmp_display();
    Pair::new(2.5, 2.5).cmp_display();
    // Vec<i32> is not Display, but Pair::new still works.
    let p = Pair::new(vec![1], vec![2]);
    println!("{:?} {:?}", p.x, p.y);
}
