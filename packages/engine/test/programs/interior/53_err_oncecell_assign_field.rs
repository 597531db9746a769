use std::cell::OnceCell;

struct Cache {
    answer: OnceCell<u64>,
}

impl Cache {
    fn compute(&self) -> u64 {
        // Mistake: replacing the whole OnceCell needs &mut self; use get_or_init.
        self.answer = OnceCell::from(6 * 7);
        *self.answer.get().unwrap()
    }
}

fn main() {
    let c = Cache { answer: OnceCell::new() };
    println!("answer: {}", c.compute());
}
