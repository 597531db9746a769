// Two-phase borrows also cover user methods taking &mut self
// with arguments computed from the same value.
struct Counter {
    values: Vec<i64>,
}

impl Counter {
    fn total(&self) -> i64 {
        self.values.iter().sum()
    }
    fn add(&mut self, x: i64) {
        self.values.push(x);
    }
    fn len(&self) -> usize {
        self.values.len()
    }
}

fn main() {
    let mut c = Counter { values: vec![1, 2] };
    c.add(c.total());
    c.add(c.len() as i64);
    c.add(c.values[0] + c.values[c.len() - 1]);
    println!("{:?} total={}", c.values, c.total());

    let mut s = String::from("ab");
    s.push_str(&s.to_uppercase());
    s.insert(0, s.chars().last().unwrap());
    println!("{}", s);
}
