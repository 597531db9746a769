// Shortest path on a grid with BFS and a VecDeque.
use std::collections::VecDeque;

fn bfs(grid: &[&str], start: (usize, usize), goal: (usize, usize)) -> Option<usize> {
    let rows = grid.len();
    let cols = grid[0].len();
    let cells: Vec<Vec<char>> = grid.iter().map(|r| r.chars().collect()).collect();
    let mut dist = vec![vec![usize::MAX; cols]; rows];
    let mut queue = VecDeque::new();
    dist[start.0][start.1] = 0;
    queue.push_back(start);
    while let Some((r, c)) = queue.pop_front() {
        if (r, c) == goal {
            return Some(dist[r][c]);
        }
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= rows as i32 || nc >= cols as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if cells[nr][nc] == '#' || dist[nr][nc] != usize::MAX {
                continue;
            }
            dist[nr][nc] = dist[r][c] + 1;
            queue.push_back((nr, nc));
        }
    }
    None
}

fn main() {
    let grid = [
        "..#.....",
        "..#.##..",
        "....#...",
        "###.#.#.",
        "......#.",
    ];
    println!("(0,0)->(4,7): {:?}", bfs(&grid, (0, 0), (4, 7)));
    println!("(0,0)->(0,3): {:?}", bfs(&grid, (0, 0), (0, 3)));
    let walled = [".#.", "##.", "..."];
    println!("walled: {:?}", bfs(&walled, (0, 0), (2, 2)));
    println!("same cell: {:?}", bfs(&grid, (2, 2), (2, 2)));
}
