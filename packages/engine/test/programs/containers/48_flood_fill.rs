use std::collections::HashSet;

fn main() {
    let map = [
        "~~~..~~",
        "~~....~",
        "..~~~..",
        ".~~.~~.",
        "~~.....",
    ];
    let grid: Vec<Vec<char>> = map.iter().map(|l| l.chars().collect()).collect();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut lakes: Vec<usize> = Vec::new();

    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            if grid[r][c] != '~' || seen.contains(&(r, c)) {
                continue;
            }
            let mut stack = vec![(r, c)];
            seen.insert((r, c));
            let mut size = 0;
            while let Some((y, x)) = stack.pop() {
                size += 1;
                let mut nbrs = Vec::new();
                if y > 0 { nbrs.push((y - 1, x)); }
                if x > 0 { nbrs.push((y, x - 1)); }
                if y + 1 < grid.len() { nbrs.push((y + 1, x)); }
                if x + 1 < grid[y].len() { nbrs.push((y, x + 1)); }
                for (ny, nx) in nbrs {
                    if grid[ny][nx] == '~' && seen.insert((ny, nx)) {
                        stack.push((ny, nx));
                    }
                }
            }
            lakes.push(size);
        }
    }
    println!("found {} lakes with sizes {:?}", lakes.len(), lakes);
    lakes.sort_unstable_by(|a, b| b.cmp(a));
    println!("biggest: {}", lakes[0]);
}
