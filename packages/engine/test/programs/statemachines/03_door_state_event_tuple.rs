// Matching on (state, event) pairs keeps the whole transition table in one place
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Open,
    Closed,
    Locked,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Push,
    Pull,
    Key,
}

fn step(state: State, event: Event) -> State {
    match (state, event) {
        (State::Open, Event::Push) => State::Closed,
        (State::Closed, Event::Pull) => State::Open,
        (State::Closed, Event::Key) => State::Locked,
        (State::Locked, Event::Key) => State::Closed,
        // everything else leaves the door as it is
        (s, _) => s,
    }
}

fn main() {
    let events = [
        Event::Pull,
        Event::Push,
        Event::Key,
        Event::Pull,
        Event::Key,
        Event::Pull,
        Event::Push,
    ];
    let mut state = State::Open;
    let mut ignored = 0;
    for e in events.iter() {
        let next = step(state, *e);
        if next == state {
            ignored += 1;
            println!("{:?} + {:?}: ignored", state, e);
        } else {
            println!("{:?} + {:?} => {:?}", state, e, next);
        }
        state = next;
    }
    println!("ended {:?}, {} events ignored", state, ignored);
}
