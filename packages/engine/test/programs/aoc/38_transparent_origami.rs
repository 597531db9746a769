use std::collections::HashSet;

const MANUAL: &str = "6,10
0,14
9,10
0,3
10,4
4,11
6,0
6,12
4,1
0,13
10,12
3,4
3,0
8,4
1,10
2,14
8,10
9,0

fold along y=7
fold along x=5";

fn fold(dots: &HashSet<(u32, u32)>, axis: char, line: u32) -> HashSet<(u32, u32)> {
    dots.iter()
        .map(|&(x, y)| match axis {
            'x' if x > line => (2 * line - x, y),
            'y' if y > line => (x, 2 * line - y),
            _ => (x, y),
        })
        .collect()
}

fn main() {
    let (dot_text, fold_text) = MANUAL.split_once("\n\n").unwrap();
    let mut dots: HashSet<(u32, u32)> = dot_text
        .lines()
        .map(|l| {
            let (x, y) = l.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();

    let folds: Vec<(char, u32)> = fold_text
        .lines()
        .map(|l| {
            let rest = l.strip_prefix("fold along ").unwrap();
            let (axis, n) = rest.split_once('=').unwrap();
            (axis.chars().next().unwrap(), n.parse().unwrap())
        })
        .collect();

    for (i, &(axis, n)) in folds.iter().enumerate() {
        dots = fold(&dots, axis, n);
        if i == 0 {
            println!("Part 1: {}", dots.len());
        }
    }

    let width = dots.iter().map(|d| d.0).max().unwrap() + 1;
    let height = dots.iter().map(|d| d.1).max().unwrap() + 1;
    println!("Part 2:");
    for y in 0..height {
        let row: String = (0..width)
            .map(|x| if dots.contains(&(x, y)) { '#' } else { '.' })
            .collect();
        println!("{}", row);
    }
}
