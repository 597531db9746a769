// An elevator serving requests with the SCAN ("elevator") algorithm.
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
    Idle,
}

struct Elevator {
    floor: i32,
    direction: Direction,
    stops: BTreeSet<i32>,
    travelled: u32,
    log: Vec<String>,
}

impl Elevator {
    fn new(floor: i32) -> Self {
        Elevator { floor, direction: Direction::Idle, stops: BTreeSet::new(), travelled: 0, log: vec![] }
    }

    fn request(&mut self, floor: i32) {
        if floor != self.floor {
            self.stops.insert(floor);
        }
    }

    fn choose_direction(&mut self) {
        let above = self.stops.range(self.floor + 1..).next().is_some();
        let below = self.stops.range(..self.floor).next_back().is_some();
        self.direction = match (self.direction, above, below) {
            (Direction::Up, true, _) => Direction::Up,
            (Direction::Down, _, true) => Direction::Down,
            (_, true, _) => Direction::Up,
            (_, _, true) => Direction::Down,
            _ => Direction::Idle,
        };
    }

    /// Move one floor; return true if the car stopped to open its doors.
    fn tick(&mut self) -> bool {
        self.choose_direction();
        match self.direction {
            Direction::Up => self.floor += 1,
            Direction::Down => self.floor -= 1,
            Direction::Idle => return false,
        }
        self.travelled += 1;
        if self.stops.remove(&self.floor) {
            self.log.push(format!("stop at {}", self.floor));
            true
        } else {
            false
        }
    }
}

fn main() {
    let mut e = Elevator::new(3);
    // (time, floor requested)
    let schedule = [(0, 7), (0, 1), (1, 6), (4, 9), (6, 2), (9, 0), (15, 4)];
    let mut next = 0;
    for t in 0..30 {
        while next < schedule.len() && schedule[next].0 == t {
            println!("t={:>2} request floor {}", t, schedule[next].1);
            e.request(schedule[next].1);
            next += 1;
        }
        let stopped = e.tick();
        let arrow = match e.direction {
            Direction::Up => "^",
            Direction::Down => "v",
            Direction::Idle => "-",
        };
        if stopped {
            println!("t={:>2} floor {:>2} {} doors open, pending {:?}", t, e.floor, arrow, e.stops);
        }
        if e.direction == Direction::Idle && next == schedule.len() {
            println!("t={:>2} idle at floor {}", t, e.floor);
            break;
        }
    }
    println!("floors travelled: {}", e.travelled);
    println!("{}", e.log.join(", "));
}
