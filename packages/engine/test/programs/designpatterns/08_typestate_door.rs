// Typestate: the door's state is part of its type.
use std::marker::PhantomData;

struct Open;
struct Closed;
struct Locked;

struct Door<S> {
    name: String,
    _state: PhantomData<S>,
}

impl Door<Closed> {
    fn new(name: &str) -> Self {
        Door { name: name.to_string(), _state: PhantomData }
    }
    fn open(self) -> Door<Open> {
        println!("{} opens", self.name);
        Door { name: self.name, _state: PhantomData }
    }
    fn lock(self) -> Door<Locked> {
        println!("{} locks", self.name);
        Door { name: self.name, _state: PhantomData }
    }
}

impl Door<Open> {
    fn close(self) -> Door<Closed> {
        println!("{} closes", self.name);
        Door { name: self.name, _state: PhantomData }
    }
}

impl Door<Locked> {
    fn unlock(self) -> Door<Closed> {
        println!("{} unlocks", self.name);
        Door { name: self.name, _state: PhantomData }
    }
}

fn main() {
    let d = Door::new("front");
    let d = d.open();
    let d = d.close();
    let d = d.lock();
    let d = d.unlock();
    println!("final: {} is closed", d.name);
}
