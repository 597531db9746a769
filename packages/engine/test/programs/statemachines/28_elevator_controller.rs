// An elevator controller with a queue of requested floors
use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Motion {
    Idle,
    Up,
    Down,
    DoorsOpen(u8), // ticks remaining
}

struct Elevator {
    floor: i32,
    motion: Motion,
    requests: VecDeque<i32>,
}

impl Elevator {
    fn step(&mut self) {
        self.motion = match self.motion {
            Motion::DoorsOpen(0) => Motion::Idle,
            Motion::DoorsOpen(n) => Motion::DoorsOpen(n - 1),
            Motion::Idle => match self.requests.front() {
                Some(&target) if target > self.floor => Motion::Up,
                Some(&target) if target < self.floor => Motion::Down,
                Some(_) => {
                    self.requests.pop_front();
                    Motion::DoorsOpen(1)
                }
                None => Motion::Idle,
            },
            m @ (Motion::Up | Motion::Down) => {
                self.floor += if m == Motion::Up { 1 } else { -1 };
                if Some(&self.floor) == self.requests.front() {
                    self.requests.pop_front();
                    Motion::DoorsOpen(1)
                } else {
                    m
                }
            }
        };
    }
}

fn main() {
    let mut e = Elevator { floor: 0, motion: Motion::Idle, requests: VecDeque::from(vec![3, 1, 1]) };
    for t in 0..14 {
        e.step();
        println!("t={:>2} floor={} {:?} pending={:?}", t, e.floor, e.motion, e.requests);
        if e.motion == Motion::Idle && e.requests.is_empty() {
            break;
        }
    }
}
