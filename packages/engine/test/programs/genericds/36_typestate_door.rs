// Typestate: a Door<Open> and a Door<Closed> are different types,
// so you cannot lock an open door.
use std::marker::PhantomData;

struct Open;
struct Closed;
struct Locked;

struct Door<State> {
    name: String,
    _state: PhantomData<State>,
}

impl<S> Door<S> {
    fn into_state<N>(self) -> Door<N> {
        Door { name: self.name, _state: PhantomData }
    }
}

impl Door<Closed> {
    fn new(name: &str) -> Self {
        Door { name: name.to_string(), _state: PhantomData }
    }
    fn open(self) -> Door<Open> {
        println!("{} swings open", self.name);
        self.into_state()
    }
    fn lock(self) -> Door<Locked> {
        println!("{} is locked", self.name);
        self.into_state()
    }
}

impl Door<Open> {
    fn close(self) -> Door<Closed> {
        println!("{} closes", self.name);
        self.into_state()
    }
}

impl Door<Locked> {
    fn unlock(self) -> Door<Closed> {
        println!("{} is unlocked", self.name);
        self.into_state()
    }
}

fn main() {
    let front = Door::new("front door");
    let front = front.open();
    let front = front.close();
    let front = front.lock();
    let front = front.unlock().open();
    println!("final door: {}", front.name);
}
