#[derive(Debug, Clone, Copy)]
enum Direction {
    North,
    East,
    South,
    West,
}

fn arrow(d: Direction) -> char {
    match d {
        Direction::North => '^',
        Direction::East => '>',
        Direction::South => 'v',
    }
}

fn main() {
    let route = [Direction::North, Direction::East, Direction::West, Direction::South];
    let drawn: String = route.iter().map(|&d| arrow(d)).collect();
    println!("{}", drawn);
}
