// Exercise: sum() takes the iterator by value.
struct Dice {
    rolls: Vec<u32>,
    i: usize,
}

impl Iterator for Dice {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let r = self.rolls.get(self.i).copied();
        self.i += 1;
        r
    }
}

fn main() {
    let d = Dice { rolls: vec![3, 6, 2, 5], i: 0 };
    let total: u32 = d.sum();
    let count = d.count();
    println!("average: {}", total / count as u32);
}
