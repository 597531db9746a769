// Yields the digits of a number from least significant upward.
struct Digits {
    n: u32,
}

impl Iterator for Digits {
    type Item = u32;

    // Mistake: the return type does not match the declared Item.
    fn next(&mut self) -> Option<i32> {
        if self.n == 0 {
            return None;
        }
        let d = self.n % 10;
        self.n /= 10;
        Some(d as i32)
    }
}

fn main() {
    let ds: Vec<u32> = Digits { n: 4096 }.collect();
    println!("{:?}", ds);
}
