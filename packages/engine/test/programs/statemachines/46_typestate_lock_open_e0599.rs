// Typestate door: trying to lock a door that is still open
use std::marker::PhantomData;

struct Open;
struct Closed;
struct Locked;

struct Door<S> {
    _state: PhantomData<S>,
}

impl Door<Open> {
    fn new() -> Self {
        Door { _state: PhantomData }
    }
    fn close(self) -> Door<Closed> {
        Door { _state: PhantomData }
    }
}

impl Door<Closed> {
    fn lock(self) -> Door<Locked> {
        Door { _state: PhantomData }
    }
}

impl Door<Locked> {
    fn is_locked(&self) -> bool {
        true
    }
}

fn main() {
    let door = Door::new();
    let locked = door.lock();
    println!("locked: {}", locked.is_locked());
    let _unused = Door::new().close();
}
