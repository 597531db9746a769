struct Queue {
    waiting: Vec<String>,
}

impl Queue {
    fn nth(&self, n: usize) -> &String {
        &self.waiting[n]
    }
}

fn main() {
    let q = Queue {
        waiting: vec!["Ann".to_string(), "Ben".to_string(), "Cal".to_string()],
    };
    println!("first: {}", q.nth(0));
    println!("last: {}", q.nth(2));
    println!("fourth: {}", q.nth(3));
}
