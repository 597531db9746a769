// A robot whose methods take &mut self, bound without `mut`.
#[derive(Debug)]
enum Direction {
    North,
    East,
    South,
    West,
}

#[derive(Debug)]
struct Robot {
    x: i32,
    y: i32,
    facing: Direction,
}

impl Robot {
    fn turn_right(&mut self) {
        self.facing = match self.facing {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        };
    }

    fn advance(&mut self) {
        match self.facing {
            Direction::North => self.y += 1,
            Direction::East => self.x += 1,
            Direction::South => self.y -= 1,
            Direction::West => self.x -= 1,
        }
    }
}

fn main() {
    let robot = Robot { x: 0, y: 0, facing: Direction::North };
    robot.turn_right();
    robot.advance();
    println!("{:?}", robot);
}
