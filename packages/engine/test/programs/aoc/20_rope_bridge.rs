use std::collections::HashSet;

const MOTIONS: &str = "R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20";

fn follow(head: (i32, i32), tail: (i32, i32)) -> (i32, i32) {
    let dx = head.0 - tail.0;
    let dy = head.1 - tail.1;
    if dx.abs() <= 1 && dy.abs() <= 1 {
        tail
    } else {
        (tail.0 + dx.signum(), tail.1 + dy.signum())
    }
}

fn simulate(knots: usize) -> usize {
    let mut rope = vec![(0, 0); knots];
    let mut visited = HashSet::new();
    visited.insert((0, 0));
    for line in MOTIONS.lines() {
        let (dir, n) = line.split_once(' ').unwrap();
        let n: u32 = n.parse().unwrap();
        let (dx, dy) = match dir {
            "R" => (1, 0),
            "L" => (-1, 0),
            "U" => (0, 1),
            "D" => (0, -1),
            _ => unreachable!(),
        };
        for _ in 0..n {
            rope[0].0 += dx;
            rope[0].1 += dy;
            for k in 1..knots {
                rope[k] = follow(rope[k - 1], rope[k]);
            }
            visited.insert(rope[knots - 1]);
        }
    }
    visited.len()
}

fn main() {
    println!("Part 1: {}", simulate(2));
    println!("Part 2: {}", simulate(10));
}
