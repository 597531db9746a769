// std::mem::drop takes ownership, so the value is dropped right away.
struct Lock {
    id: u32,
}

impl Drop for Lock {
    fn drop(&mut self) {
        println!("Lock {} released", self.id);
    }
}

fn main() {
    let first = Lock { id: 1 };
    let second = Lock { id: 2 };
    println!("Holding locks {} and {}", first.id, second.id);

    drop(first);
    println!("Released lock 1 early");

    let third = Lock { id: 3 };
    std::mem::drop(third);

    let mut slot = Some(Lock { id: 4 });
    slot = None; // the old value is dropped on assignment
    println!("slot is_none: {}", slot.is_none());
    println!("End of main");
}
