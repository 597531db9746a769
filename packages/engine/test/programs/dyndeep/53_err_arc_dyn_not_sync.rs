use std::sync::Arc;
use std::thread;

trait Rate {
    fn apply(&self, x: f64) -> f64;
}

struct Tax(f64);

impl Rate for Tax {
    fn apply(&self, x: f64) -> f64 { x * (1.0 + self.0) }
}

fn main() {
    let rate: Arc<dyn Rate> = Arc::new(Tax(0.2));
    let mut handles = Vec::new();
    for i in 1..=2 {
        let r = Arc::clone(&rate);
        handles.push(thread::spawn(move || r.apply(i as f64 * 100.0)));
    }
    for h in handles {
        println!("{:.1}", h.join().unwrap());
    }
}
