// A match that forgets one variant.
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn_right(d: Direction) -> Direction {
    match d {
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
    }
}

fn main() {
    let facing = turn_right(Direction::North);
    if let Direction::East = facing {
        println!("Now facing east");
    }
}
