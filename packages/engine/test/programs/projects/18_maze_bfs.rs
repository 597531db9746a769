use std::collections::VecDeque;

const MAZE: &str = "\
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###...##.#
#...#....#
##########";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Pos {
    row: usize,
    col: usize,
}

struct Maze {
    grid: Vec<Vec<char>>,
    start: Pos,
    end: Pos,
}

impl Maze {
    fn parse(text: &str) -> Maze {
        let grid: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
        let mut start = Pos { row: 0, col: 0 };
        let mut end = start;
        for (r, row) in grid.iter().enumerate() {
            for (c, &ch) in row.iter().enumerate() {
                match ch {
                    'S' => start = Pos { row: r, col: c },
                    'E' => end = Pos { row: r, col: c },
                    _ => (),
                }
            }
        }
        Maze { grid, start, end }
    }

    fn neighbours(&self, p: Pos) -> Vec<Pos> {
        let mut out = Vec::with_capacity(4);
        let deltas: [(i32, i32); 4] = [(-1, 0), (1, 0), (0, -1), (0, 1)];
        for (dr, dc) in deltas {
            let r = p.row as i32 + dr;
            let c = p.col as i32 + dc;
            if r < 0 || c < 0 || r as usize >= self.grid.len() || c as usize >= self.grid[0].len() {
                continue;
            }
            let q = Pos { row: r as usize, col: c as usize };
            if self.grid[q.row][q.col] != '#' {
                out.push(q);
            }
        }
        out
    }

    fn solve(&self) -> Option<Vec<Pos>> {
        let h = self.grid.len();
        let w = self.grid[0].len();
        let mut prev: Vec<Vec<Option<Pos>>> = vec![vec![None; w]; h];
        let mut seen = vec![vec![false; w]; h];
        let mut queue = VecDeque::new();
        queue.push_back(self.start);
        seen[self.start.row][self.start.col] = true;

        while let Some(cur) = queue.pop_front() {
            if cur == self.end {
                let mut path = vec![cur];
                let mut at = cur;
                while let Some(p) = prev[at.row][at.col] {
                    path.push(p);
                    at = p;
                }
                path.reverse();
                return Some(path);
            }
            for n in self.neighbours(cur) {
                if !seen[n.row][n.col] {
                    seen[n.row][n.col] = true;
                    prev[n.row][n.col] = Some(cur);
                    queue.push_back(n);
                }
            }
        }
        None
    }
}

fn main() {
    let maze = Maze::parse(MAZE);
    println!("start {:?}, end {:?}", maze.start, maze.end);
    match maze.solve() {
        Some(path) => {
            println!("shortest path has {} steps", path.len() - 1);
            let mut drawn = maze.grid.clone();
            for p in &path[1..path.len() - 1] {
                drawn[p.row][p.col] = '*';
            }
            for row in drawn {
                println!("{}", row.into_iter().collect::<String>());
            }
        }
        None => println!("no way out"),
    }

    let mut walled = Maze::parse(MAZE);
    walled.grid[6][8] = '#';
    walled.grid[4][8] = '#';
    println!("with extra walls: {:?}", walled.solve().map(|p| p.len() - 1));
}
