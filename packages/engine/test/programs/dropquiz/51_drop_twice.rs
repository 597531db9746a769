// Exercise: calling drop twice on the same value.
struct Lock(u32);

impl Drop for Lock {
    fn drop(&mut self) {
        println!("release lock {}", self.0);
    }
}

fn main() {
    let lock = Lock(1);
    let other = Lock(2);
    if other.0 > lock.0 {
        drop(lock);
    }
    println!("other is {}", other.0);
    drop(lock);
}
