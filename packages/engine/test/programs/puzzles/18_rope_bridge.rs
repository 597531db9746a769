use std::collections::HashSet;

fn follow(head: (i32, i32), tail: (i32, i32)) -> (i32, i32) {
    let dx = head.0 - tail.0;
    let dy = head.1 - tail.1;
    if dx.abs() <= 1 && dy.abs() <= 1 {
        tail
    } else {
        (tail.0 + dx.signum(), tail.1 + dy.signum())
    }
}

fn simulate(moves: &[(char, i32)], knots: usize) -> usize {
    let mut rope = vec![(0, 0); knots];
    let mut visited: HashSet<(i32, i32)> = HashSet::new();
    visited.insert((0, 0));
    for &(dir, steps) in moves {
        for _ in 0..steps {
            match dir {
                'R' => rope[0].0 += 1,
                'L' => rope[0].0 -= 1,
                'U' => rope[0].1 += 1,
                'D' => rope[0].1 -= 1,
                _ => panic!("bad direction"),
            }
            for i in 1..knots {
                rope[i] = follow(rope[i - 1], rope[i]);
            }
            visited.insert(rope[knots - 1]);
        }
    }
    visited.len()
}

fn main() {
    let input = "R 4\nU 4\nL 3\nD 1\nR 4\nD 1\nL 5\nR 2";
    let moves: Vec<(char, i32)> = input
        .lines()
        .map(|l| {
            let (d, n) = l.split_once(' ').unwrap();
            (d.chars().next().unwrap(), n.parse().unwrap())
        })
        .collect();
    println!("2 knots: {} positions", simulate(&moves, 2));
    println!("10 knots: {} positions", simulate(&moves, 10));
}
