use std::collections::HashMap;

const VENTS: &str = "0,9 -> 5,9
8,0 -> 0,8
9,4 -> 3,4
2,2 -> 2,1
7,0 -> 7,4
6,4 -> 2,0
0,9 -> 2,9
3,4 -> 1,4
0,0 -> 8,8
5,5 -> 8,2";

type Point = (i32, i32);

fn parse_point(s: &str) -> Point {
    let (x, y) = s.trim().split_once(',').unwrap();
    (x.parse().unwrap(), y.parse().unwrap())
}

fn count_overlaps(lines: &[(Point, Point)], diagonals: bool) -> usize {
    let mut counts: HashMap<Point, u32> = HashMap::new();
    for &((x1, y1), (x2, y2)) in lines {
        if !diagonals && x1 != x2 && y1 != y2 {
            continue;
        }
        let dx = (x2 - x1).signum();
        let dy = (y2 - y1).signum();
        let steps = (x2 - x1).abs().max((y2 - y1).abs());
        for i in 0..=steps {
            *counts.entry((x1 + i * dx, y1 + i * dy)).or_insert(0) += 1;
        }
    }
    counts.values().filter(|&&c| c >= 2).count()
}

fn main() {
    let lines: Vec<(Point, Point)> = VENTS
        .lines()
        .map(|l| {
            let (a, b) = l.split_once("->").unwrap();
            (parse_point(a), parse_point(b))
        })
        .collect();
    println!("{} line segments", lines.len());
    println!("Part 1: {}", count_overlaps(&lines, false));
    println!("Part 2: {}", count_overlaps(&lines, true));
}
