struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket #{} dropped", self.id);
    }
}

fn main() {
    let mut queue = Vec::new();
    for id in 1..=4 {
        queue.push(Ticket { id });
    }
    println!("queue has {} tickets", queue.len());
    {
        let _moved = queue;
        println!("inner scope ends");
    }
    println!("after inner scope");
}
