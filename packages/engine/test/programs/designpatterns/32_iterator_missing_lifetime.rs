// Mistake: an iterator struct holding a slice without a lifetime.
struct Pairs {
    items: &[i32],
    i: usize,
}

impl Iterator for Pairs {
    type Item = (i32, i32);
    fn next(&mut self) -> Option<(i32, i32)> {
        if self.i + 1 < self.items.len() {
            let p = (self.items[self.i], self.items[self.i + 1]);
            self.i += 1;
            Some(p)
        } else {
            None
        }
    }
}

fn main() {
    let data = [1, 4, 9, 16];
    let p = Pairs { items: &data, i: 0 };
    for (a, b) in p {
        println!("{} -> {}", a, b);
    }
}
