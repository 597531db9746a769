use std::collections::VecDeque;

const MAP: &str = "Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi";

fn height(c: char) -> u8 {
    match c {
        'S' => b'a',
        'E' => b'z',
        _ => c as u8,
    }
}

// BFS backwards from E, so part 2 is just "closest 'a'"
fn distances_from(grid: &Vec<Vec<char>>, end: (usize, usize)) -> Vec<Vec<Option<u32>>> {
    let rows = grid.len();
    let cols = grid[0].len();
    let mut dist = vec![vec![None; cols]; rows];
    let mut queue = VecDeque::new();
    dist[end.0][end.1] = Some(0);
    queue.push_back(end);
    while let Some((r, c)) = queue.pop_front() {
        let d = dist[r][c].unwrap();
        let dirs: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        for (dr, dc) in dirs {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= rows as i32 || nc >= cols as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if dist[nr][nc].is_none() && height(grid[r][c]) <= height(grid[nr][nc]) + 1 {
                dist[nr][nc] = Some(d + 1);
                queue.push_back((nr, nc));
            }
        }
    }
    dist
}

fn main() {
    let grid: Vec<Vec<char>> = MAP.lines().map(|l| l.chars().collect()).collect();
    let mut start = (0, 0);
    let mut end = (0, 0);
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == 'S' { start = (r, c); }
            if ch == 'E' { end = (r, c); }
        }
    }
    let dist = distances_from(&grid, end);
    println!("Part 1: {}", dist[start.0][start.1].unwrap());

    let best = grid
        .iter()
        .enumerate()
        .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, &ch)| (r, c, ch)))
        .filter(|&(_, _, ch)| height(ch) == b'a')
        .filter_map(|(r, c, _)| dist[r][c])
        .min()
        .unwrap();
    println!("Part 2: {}", best);
}
