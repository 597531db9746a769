use std::collections::VecDeque;

fn main() {
    let grid = vec![
        "S.#.....",
        ".##.###.",
        "....#...",
        "##.##.#.",
        "......#E",
    ];
    let g: Vec<Vec<char>> = grid.iter().map(|r| r.chars().collect()).collect();
    let rows = g.len();
    let cols = g[0].len();

    let mut dist = vec![vec![-1i32; cols]; rows];
    let mut q = VecDeque::new();
    dist[0][0] = 0;
    q.push_back((0usize, 0usize));

    while let Some((r, c)) = q.pop_front() {
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= rows as i32 || nc >= cols as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if g[nr][nc] == '#' || dist[nr][nc] != -1 {
                continue;
            }
            dist[nr][nc] = dist[r][c] + 1;
            q.push_back((nr, nc));
        }
    }

    println!("shortest path S->E: {}", dist[rows - 1][cols - 1]);
    for row in &dist {
        let line: Vec<String> = row.iter().map(|d| if *d < 0 { " .".to_string() } else { format!("{:2}", d) }).collect();
        println!("{}", line.join(""));
    }
}
