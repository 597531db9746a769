use std::ops::Add;

// Position in n-dimensional space; holds a Vec, so it is not Copy.
#[derive(Debug, Clone)]
struct Position {
    coords: Vec<i32>,
}

impl Add for Position {
    type Output = Position;
    fn add(self, rhs: Position) -> Position {
        Position {
            coords: self.coords.iter().zip(rhs.coords.iter()).map(|(a, b)| a + b).collect(),
        }
    }
}

fn main() {
    let mut pos = Position { coords: vec![0, 0, 0] };
    let step = Position { coords: vec![1, 2, -1] };

    // The first iteration moves `step` into add; the second has nothing left.
    for tick in 0..3 {
        pos = pos + step;
        println!("tick {}: {:?}", tick, pos.coords);
    }
}
