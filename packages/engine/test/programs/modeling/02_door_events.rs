// State machine driven by events: match on (state, event) pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum DoorState {
    Open,
    Closed,
    Locked,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Push,
    Pull,
    Lock,
    Unlock,
}

fn transition(state: DoorState, event: Event) -> Option<DoorState> {
    use DoorState::*;
    use Event::*;
    match (state, event) {
        (Open, Push) => Some(Closed),
        (Closed, Pull) => Some(Open),
        (Closed, Lock) => Some(Locked),
        (Locked, Unlock) => Some(Closed),
        _ => None,
    }
}

struct Door {
    state: DoorState,
    rejected: u32,
}

impl Door {
    fn new() -> Self {
        Door { state: DoorState::Closed, rejected: 0 }
    }

    fn handle(&mut self, event: Event) {
        match transition(self.state, event) {
            Some(next) => {
                println!("{:?} --{:?}--> {:?}", self.state, event, next);
                self.state = next;
            }
            None => {
                println!("{:?} ignores {:?}", self.state, event);
                self.rejected += 1;
            }
        }
    }
}

fn main() {
    let mut door = Door::new();
    let script = [Event::Pull, Event::Lock, Event::Push, Event::Lock, Event::Pull, Event::Unlock, Event::Pull];
    for e in script.iter() {
        door.handle(*e);
    }
    println!("final: {:?}, rejected events: {}", door.state, door.rejected);
    assert_eq!(door.state, DoorState::Open);
}
