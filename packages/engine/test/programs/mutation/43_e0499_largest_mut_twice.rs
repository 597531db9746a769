struct Stats {
    values: Vec<i32>,
}

impl Stats {
    fn largest_mut(&mut self) -> &mut i32 {
        let mut best = 0;
        for i in 0..self.values.len() {
            if self.values[i] > self.values[best] {
                best = i;
            }
        }
        &mut self.values[best]
    }

    fn first_mut(&mut self) -> &mut i32 {
        &mut self.values[0]
    }
}

fn main() {
    let mut st = Stats { values: vec![4, 9, 2] };
    let big = st.largest_mut();
    let first = st.first_mut();
    *first += *big;
    println!("{:?}", st.values);
}
