// Items rejected by filter are dropped right away inside the adapter.
struct Crate {
    weight: u32,
}

impl Drop for Crate {
    fn drop(&mut self) {
        println!("  drop crate {}", self.weight);
    }
}

struct Conveyor {
    weights: Vec<u32>,
}

impl Iterator for Conveyor {
    type Item = Crate;
    fn next(&mut self) -> Option<Crate> {
        if self.weights.is_empty() {
            None
        } else {
            Some(Crate { weight: self.weights.remove(0) })
        }
    }
}

fn main() {
    let belt = Conveyor { weights: vec![5, 20, 8, 30] };
    let heavy: Vec<Crate> = belt.filter(|c| c.weight >= 10).collect();
    println!("heavy crates: {}", heavy.len());
    for c in &heavy {
        println!("  keeping {}", c.weight);
    }
    println!("leaving main");
}
