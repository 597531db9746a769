#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    North,
    East,
    South,
    West,
}

impl Direction {
    fn turn_right(self) -> Direction {
        match self {
            Direction::North => Direction::East,
            Direction::East => Direction::South,
            Direction::South => Direction::West,
            Direction::West => Direction::North,
        }
    }

    fn opposite(&self) -> Direction {
        match *self {
            Direction::North => Direction::South,
            Direction::South => Direction::North,
            Direction::East => Direction::West,
            Direction::West => Direction::East,
        }
    }

    fn delta(&self) -> (i32, i32) {
        match self {
            Self::North => (0, 1),
            Self::East => (1, 0),
            Self::South => (0, -1),
            Self::West => (-1, 0),
        }
    }
}

fn main() {
    let mut dir = Direction::North;
    let mut pos = (0, 0);
    let program = "FFRFFRFLF";
    for cmd in program.chars() {
        match cmd {
            'F' => {
                let (dx, dy) = dir.delta();
                pos = (pos.0 + dx, pos.1 + dy);
            }
            'R' => dir = dir.turn_right(),
            'L' => dir = dir.turn_right().turn_right().turn_right(),
            other => println!("unknown command {}", other),
        }
    }
    println!("final position {:?} facing {:?}", pos, dir);
    println!("opposite of {:?} is {:?}", dir, dir.opposite());
}
