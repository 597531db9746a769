struct Countdown {
    from: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<i32> {
        if self.from == 0 {
            None
        } else {
            self.from -= 1;
            Some(self.from as i32 + 1)
        }
    }
}

fn main() {
    let launch: Vec<u32> = Countdown { from: 5 }.collect();
    println!("{:?} liftoff!", launch);
}
