use std::collections::HashSet;

fn main() {
    let input = "498,4 -> 498,6 -> 496,6\n503,4 -> 502,4 -> 502,9 -> 494,9";
    let mut rocks: HashSet<(i32, i32)> = HashSet::new();
    for line in input.lines() {
        let points: Vec<(i32, i32)> = line
            .split(" -> ")
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        for w in points.windows(2) {
            let (x1, y1) = w[0];
            let (x2, y2) = w[1];
            for x in x1.min(x2)..=x1.max(x2) {
                for y in y1.min(y2)..=y1.max(y2) {
                    rocks.insert((x, y));
                }
            }
        }
    }
    let floor = rocks.iter().map(|p| p.1).max().unwrap();

    let mut blocked = rocks.clone();
    let mut resting = 0;
    'pour: loop {
        let (mut x, mut y) = (500, 0);
        loop {
            if y > floor {
                break 'pour;
            }
            if !blocked.contains(&(x, y + 1)) {
                y += 1;
            } else if !blocked.contains(&(x - 1, y + 1)) {
                x -= 1;
                y += 1;
            } else if !blocked.contains(&(x + 1, y + 1)) {
                x += 1;
                y += 1;
            } else {
                blocked.insert((x, y));
                resting += 1;
                break;
            }
        }
    }
    println!("sand at rest before falling into the abyss: {}", resting);
}
