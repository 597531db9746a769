// Quiz: when is the temporary in an `if let` dropped? (edition 2021)
struct Lock {
    id: u32,
}

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.id);
    }
}

impl Lock {
    fn value(&self) -> Option<u32> {
        if self.id % 2 == 0 { Some(self.id * 10) } else { None }
    }
}

fn acquire(id: u32) -> Lock {
    println!("lock {}", id);
    Lock { id }
}

fn main() {
    if let Some(v) = acquire(2).value() {
        println!("got {}", v);
    } else {
        println!("nothing");
    }
    println!("---");
    if let Some(v) = acquire(3).value() {
        println!("got {}", v);
    } else {
        println!("nothing, lock still held?");
    }
    println!("done");
}
