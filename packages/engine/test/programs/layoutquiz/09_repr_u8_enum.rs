use std::mem::size_of;

#[repr(u8)]
#[derive(Debug, Clone, Copy)]
enum Direction {
    North = b'N',
    East = b'E',
    South = b'S',
    West = b'W',
}

#[repr(u32)]
#[allow(dead_code)]
enum Small {
    A,
    B,
}

#[allow(dead_code)]
enum Plain {
    A,
    B,
}

fn main() {
    let path = [Direction::North, Direction::North, Direction::East, Direction::South, Direction::West];
    let letters: String = path.iter().map(|d| *d as u8 as char).collect();
    println!("path: {}", letters);
    println!("last step {:?} has byte {}", path[4], path[4] as u8);

    println!("Direction: {} byte(s)", size_of::<Direction>());
    println!("repr(u32) Small: {} byte(s)", size_of::<Small>());
    println!("default Plain: {} byte(s)", size_of::<Plain>());
}
