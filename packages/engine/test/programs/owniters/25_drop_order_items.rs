// Items produced by value are dropped by whoever receives them.
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.id);
    }
}

struct Dispenser {
    next_id: u32,
    max: u32,
}

impl Iterator for Dispenser {
    type Item = Ticket;
    fn next(&mut self) -> Option<Ticket> {
        if self.next_id > self.max {
            return None;
        }
        self.next_id += 1;
        println!("issue ticket {}", self.next_id - 1);
        Some(Ticket { id: self.next_id - 1 })
    }
}

fn main() {
    let d = Dispenser { next_id: 1, max: 3 };
    for t in d {
        println!("using ticket {}", t.id);
        // t is dropped at the end of each loop iteration
    }
    println!("-- collect keeps them alive --");
    let kept: Vec<Ticket> = Dispenser { next_id: 10, max: 12 }.collect();
    println!("have {} tickets", kept.len());
    drop(kept);
    println!("end of main");
}
