#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running,
    Paused,
    Finished,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Start,
    Pause,
    Resume,
    Stop,
    Tick(u32),
}

fn step(state: State, event: Event) -> State {
    match (state, event) {
        (State::Idle, Event::Start) => State::Running,
        (State::Running, Event::Pause) => State::Paused,
        (State::Paused, Event::Resume) => State::Running,
        (State::Running, Event::Tick(t)) if t >= 100 => State::Finished,
        (State::Running | State::Paused, Event::Stop) => State::Finished,
        (s, Event::Tick(_)) => s,
        (s, e) => {
            println!("  ignored {:?} while {:?}", e, s);
            s
        }
    }
}

fn main() {
    let events = [
        Event::Pause,
        Event::Start,
        Event::Tick(10),
        Event::Pause,
        Event::Tick(20),
        Event::Resume,
        Event::Tick(100),
        Event::Start,
    ];
    let mut state = State::Idle;
    for e in events {
        let next = step(state, e);
        println!("{:?} --{:?}--> {:?}", state, e, next);
        state = next;
    }
    assert_eq!(state, State::Finished);
    println!("done");
}
