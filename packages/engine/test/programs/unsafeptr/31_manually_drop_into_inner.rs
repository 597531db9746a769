use std::mem::ManuallyDrop;

// ManuallyDrop::into_inner puts the value back under normal drop rules.
struct Lock(u8);

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock #{}", self.0);
    }
}

fn main() {
    let kept = ManuallyDrop::new(Lock(1));
    let restored = ManuallyDrop::into_inner(ManuallyDrop::new(Lock(2)));
    println!("lock {} is wrapped, lock {} is restored", kept.0, restored.0);
    println!("leaving main: only #2 unlocks");
}
