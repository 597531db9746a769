// Robot simulator: methods take self by value and return the new robot.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Direction {
    North,
    East,
    South,
    West,
}

#[derive(Debug, Clone, Copy)]
pub struct Robot {
    x: i32,
    y: i32,
    d: Direction,
}

impl Robot {
    pub fn new(x: i32, y: i32, d: Direction) -> Self {
        Robot { x, y, d }
    }

    pub fn turn_right(self) -> Self {
        use Direction::*;
        let d = match self.d { North => East, East => South, South => West, West => North };
        Robot { d, ..self }
    }

    pub fn turn_left(self) -> Self {
        self.turn_right().turn_right().turn_right()
    }

    pub fn advance(self) -> Self {
        let (x, y) = match self.d {
            Direction::North => (self.x, self.y + 1),
            Direction::East => (self.x + 1, self.y),
            Direction::South => (self.x, self.y - 1),
            Direction::West => (self.x - 1, self.y),
        };
        Robot { x, y, ..self }
    }

    pub fn instructions(self, instructions: &str) -> Self {
        instructions.chars().fold(self, |robot, c| match c {
            'R' => robot.turn_right(),
            'L' => robot.turn_left(),
            'A' => robot.advance(),
            _ => robot,
        })
    }

    pub fn position(&self) -> (i32, i32) {
        (self.x, self.y)
    }

    pub fn direction(&self) -> &Direction {
        &self.d
    }
}

fn main() {
    let r = Robot::new(7, 3, Direction::North).instructions("RAALAL");
    println!("{:?} facing {:?}", r.position(), r.direction());
    let r2 = Robot::new(0, 0, Direction::East).turn_left().advance().advance();
    println!("{:?} facing {:?}", r2.position(), r2.direction());
    let spin = Robot::new(1, 1, Direction::South).instructions("LLLL");
    println!("{:?}", spin);
    println!("back to start: {}", *spin.direction() == Direction::South);
}
