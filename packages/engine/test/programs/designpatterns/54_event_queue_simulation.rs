// Tiny elevator simulation driven by a queue of events.
use std::collections::VecDeque;

#[derive(Debug, Clone, Copy)]
enum Event {
    Call(u8),
    Tick,
}

struct Elevator {
    floor: u8,
    targets: VecDeque<u8>,
}

impl Elevator {
    fn handle(&mut self, e: Event) {
        match e {
            Event::Call(f) => {
                if !self.targets.contains(&f) {
                    self.targets.push_back(f);
                }
            }
            Event::Tick => {
                if let Some(&t) = self.targets.front() {
                    if self.floor < t {
                        self.floor += 1;
                    } else if self.floor > t {
                        self.floor -= 1;
                    }
                    if self.floor == t {
                        self.targets.pop_front();
                        println!("  doors open at {}", t);
                    }
                }
            }
        }
    }
}

fn main() {
    let mut el = Elevator { floor: 0, targets: VecDeque::new() };
    let script = [Event::Call(3), Event::Tick, Event::Call(1), Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Tick];
    for e in script {
        el.handle(e);
        println!("{:?} -> floor {}", e, el.floor);
    }
}
