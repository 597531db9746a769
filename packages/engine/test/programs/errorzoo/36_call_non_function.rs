// Quiz: a field is not a method.
struct Timer {
    seconds: u32,
}

impl Timer {
    fn tick(&mut self) {
        if self.seconds > 0 {
            self.seconds -= 1;
        }
    }
}

fn main() {
    let mut t = Timer { seconds: 3 };
    t.tick();
    let limit = 10;
    // `limit` is an integer, not a function.
    let left = limit(t.seconds);
    println!("{}", left);
}
