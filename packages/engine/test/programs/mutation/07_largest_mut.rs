struct Scores {
    values: Vec<i32>,
}

impl Scores {
    fn largest_mut(&mut self) -> &mut i32 {
        let mut idx = 0;
        for i in 1..self.values.len() {
            if self.values[i] > self.values[idx] {
                idx = i;
            }
        }
        &mut self.values[idx]
    }
}

fn main() {
    let mut s = Scores { values: vec![12, 98, 45, 77] };

    let top = s.largest_mut();
    *top = 50; // cap the highest score
    println!("{:?}", s.values);

    *s.largest_mut() += 1;
    println!("{:?}", s.values);
}
