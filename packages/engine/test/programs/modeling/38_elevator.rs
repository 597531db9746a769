// An elevator controller: direction enum + queue of requested floors.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
    Idle,
}

struct Elevator {
    floor: i32,
    direction: Direction,
    requests: Vec<i32>,
    traveled: i32,
}

impl Elevator {
    fn new(floor: i32) -> Self {
        Elevator { floor, direction: Direction::Idle, requests: Vec::new(), traveled: 0 }
    }

    fn request(&mut self, floor: i32) {
        if !self.requests.contains(&floor) && floor != self.floor {
            self.requests.push(floor);
        }
    }

    fn choose_direction(&self) -> Direction {
        let above = self.requests.iter().any(|&f| f > self.floor);
        let below = self.requests.iter().any(|&f| f < self.floor);
        match (self.direction, above, below) {
            (_, false, false) => Direction::Idle,
            (Direction::Up, true, _) | (Direction::Idle, true, _) => Direction::Up,
            (Direction::Down, _, true) => Direction::Down,
            (_, false, true) => Direction::Down,
            (Direction::Down, true, false) => Direction::Up,
        }
    }

    fn step(&mut self) -> Option<i32> {
        self.direction = self.choose_direction();
        match self.direction {
            Direction::Up => self.floor += 1,
            Direction::Down => self.floor -= 1,
            Direction::Idle => return None,
        }
        self.traveled += 1;
        let here = self.floor;
        let before = self.requests.len();
        self.requests.retain(|&f| f != here);
        if self.requests.len() < before { Some(here) } else { Some(-1) }
    }
}

fn main() {
    let mut e = Elevator::new(3);
    for f in [5, 1, 7, 3] {
        e.request(f);
    }
    let mut stops = Vec::new();
    while let Some(result) = e.step() {
        if result >= 0 {
            println!("stop at floor {} (going {:?})", result, e.direction);
            stops.push(result);
            if result == 5 {
                e.request(2);
            }
        }
    }
    println!("stops: {:?}", stops);
    println!("floors traveled: {}, now idle at {}", e.traveled, e.floor);
}
