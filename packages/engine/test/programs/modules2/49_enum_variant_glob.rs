// Glob-importing an enum's variants so they can be written without a prefix.
mod compass {
    #[derive(Debug, Clone, Copy)]
    pub enum Direction {
        North,
        East,
        South,
        West,
    }

    pub fn turn_right(d: Direction) -> Direction {
        use self::Direction::*;
        match d {
            North => East,
            East => South,
            South => West,
            West => North,
        }
    }
}

use compass::Direction::{self, *};

fn step(pos: (i32, i32), d: Direction) -> (i32, i32) {
    match d {
        North => (pos.0, pos.1 + 1),
        East => (pos.0 + 1, pos.1),
        South => (pos.0, pos.1 - 1),
        West => (pos.0 - 1, pos.1),
    }
}

fn main() {
    let mut pos = (0, 0);
    let mut facing = North;
    let moves = "FFRFFRFLF";
    for c in moves.chars() {
        match c {
            'F' => pos = step(pos, facing),
            'R' => facing = compass::turn_right(facing),
            'L' => {
                for _ in 0..3 {
                    facing = compass::turn_right(facing);
                }
            }
            _ => {}
        }
    }
    println!("ended at {:?} facing {:?}", pos, facing);
}
