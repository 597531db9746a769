// Exercise: calling next() needs a mutable binding.
struct Blink {
    on: bool,
    left: u32,
}

impl Iterator for Blink {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        self.on = !self.on;
        Some(if self.on { "on" } else { "off" })
    }
}

fn main() {
    let lights = Blink { on: false, left: 4 };
    println!("{:?}", lights.next());
    println!("{:?}", lights.next());
}
