use std::collections::HashMap;

type Point = (i32, i32);

fn parse_point(s: &str) -> Point {
    let (x, y) = s.trim().split_once(',').unwrap();
    (x.parse().unwrap(), y.parse().unwrap())
}

fn count_overlaps(segments: &[(Point, Point)], diagonals: bool) -> usize {
    let mut covered: HashMap<Point, u32> = HashMap::new();
    for &((x1, y1), (x2, y2)) in segments {
        if !diagonals && x1 != x2 && y1 != y2 {
            continue;
        }
        let dx = (x2 - x1).signum();
        let dy = (y2 - y1).signum();
        let (mut x, mut y) = (x1, y1);
        loop {
            *covered.entry((x, y)).or_insert(0) += 1;
            if (x, y) == (x2, y2) {
                break;
            }
            x += dx;
            y += dy;
        }
    }
    covered.values().filter(|&&n| n >= 2).count()
}

fn main() {
    let input = r"0,9 -> 5,9
8,0 -> 0,8
9,4 -> 3,4
2,2 -> 2,1
7,0 -> 7,4
6,4 -> 2,0
0,9 -> 2,9
3,4 -> 1,4
0,0 -> 8,8
5,5 -> 8,2";
    let segments: Vec<(Point, Point)> = input
        .lines()
        .map(|l| {
            let (a, b) = l.split_once("->").unwrap();
            (parse_point(a), parse_point(b))
        })
        .collect();
    println!("Part 1: {}", count_overlaps(&segments, false));
    println!("Part 2: {}", count_overlaps(&segments, true));
}
