use std::sync::Arc;
use std::thread;

trait Pricing: Send + Sync {
    fn price(&self, qty: u32) -> u32;
}

struct Flat { unit: u32 }
struct Bulk { unit: u32, discount_over: u32 }

impl Pricing for Flat {
    fn price(&self, qty: u32) -> u32 { self.unit * qty }
}

impl Pricing for Bulk {
    fn price(&self, qty: u32) -> u32 {
        if qty > self.discount_over { self.unit * qty * 9 / 10 } else { self.unit * qty }
    }
}

fn main() {
    let rules: Vec<Arc<dyn Pricing + Send + Sync>> = vec![
        Arc::new(Flat { unit: 10 }),
        Arc::new(Bulk { unit: 10, discount_over: 5 }),
    ];
    let mut handles = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        let rule = Arc::clone(rule);
        handles.push(thread::spawn(move || {
            let total = rule.price(8);
            (i, total)
        }));
    }
    for h in handles {
        let (i, total) = h.join().unwrap();
        println!("rule {} -> {}", i, total);
    }
    println!("refs to rule 0: {}", Arc::strong_count(&rules[0]));
}
