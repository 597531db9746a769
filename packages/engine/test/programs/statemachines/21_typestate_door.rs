// Typestate: the door's state lives in its type, so illegal calls do not compile
use std::marker::PhantomData;

struct Open;
struct Closed;
struct Locked;

struct Door<State> {
    room: String,
    _state: PhantomData<State>,
}

impl Door<Open> {
    fn new(room: &str) -> Self {
        println!("{}: door is open", room);
        Door { room: room.to_string(), _state: PhantomData }
    }
    fn close(self) -> Door<Closed> {
        println!("{}: closing", self.room);
        Door { room: self.room, _state: PhantomData }
    }
}

impl Door<Closed> {
    fn open(self) -> Door<Open> {
        println!("{}: opening", self.room);
        Door { room: self.room, _state: PhantomData }
    }
    fn lock(self) -> Door<Locked> {
        println!("{}: locking", self.room);
        Door { room: self.room, _state: PhantomData }
    }
}

impl Door<Locked> {
    fn unlock(self) -> Door<Closed> {
        println!("{}: unlocking", self.room);
        Door { room: self.room, _state: PhantomData }
    }
}

impl<S> Door<S> {
    fn room(&self) -> &str {
        &self.room
    }
}

fn main() {
    let door = Door::new("kitchen");
    let door = door.close();
    let door = door.lock();
    println!("{} is locked", door.room());
    let door = door.unlock().open();
    println!("{} is open again", door.room());
    println!("size of Door<Open>: {}", std::mem::size_of::<Door<Open>>());
    println!("size of PhantomData<Locked>: {}", std::mem::size_of::<PhantomData<Locked>>());
}
