use std::collections::HashSet;

#[derive(Clone, Copy)]
enum Heading { North, East, South, West }

impl Heading {
    fn turn(self, c: char) -> Heading {
        use Heading::*;
        match (self, c) {
            (North, 'R') | (South, 'L') => East,
            (East, 'R') | (West, 'L') => South,
            (South, 'R') | (North, 'L') => West,
            (West, 'R') | (East, 'L') => North,
            _ => unreachable!(),
        }
    }
}

fn main() {
    let directions = "R8, R4, R4, R8";
    let mut heading = Heading::North;
    let (mut x, mut y) = (0i32, 0i32);
    let mut visited: HashSet<(i32, i32)> = HashSet::from([(0, 0)]);
    let mut first_twice: Option<(i32, i32)> = None;

    for step in directions.split(", ") {
        let mut chars = step.chars();
        let turn = chars.next().unwrap();
        let blocks: i32 = chars.as_str().parse().unwrap();
        heading = heading.turn(turn);
        for _ in 0..blocks {
            match heading {
                Heading::North => y += 1,
                Heading::East => x += 1,
                Heading::South => y -= 1,
                Heading::West => x -= 1,
            }
            if !visited.insert((x, y)) && first_twice.is_none() {
                first_twice = Some((x, y));
            }
        }
    }
    println!("Easter Bunny HQ is {} blocks away", x.abs() + y.abs());
    if let Some((hx, hy)) = first_twice {
        println!("first location visited twice: ({}, {}), {} blocks away", hx, hy, hx.abs() + hy.abs());
    }
}
