struct Lock {
    id: i32,
}

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock {}", self.id);
    }
}

fn acquire(id: i32) -> Lock {
    println!("lock {}", id);
    Lock { id }
}

fn main() {
    let _ = acquire(1);
    println!("after let _");
    let _held = acquire(2);
    println!("after let _held");
    let _ = acquire(3);
    println!("end of main");
}
