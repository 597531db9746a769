struct Queue {
    items: Vec<String>,
}

impl Queue {
    fn next_job(&mut self) -> Option<String> {
        if self.items.is_empty() { None } else { Some(self.items.remove(0)) }
    }
}

fn main() {
    let mut q = Queue { items: vec!["compile".to_string(), "test".to_string()] };
    for _ in 0..3 {
        let job = q.next_job().expect("job queue should never run dry");
        println!("running {}", job);
    }
}
