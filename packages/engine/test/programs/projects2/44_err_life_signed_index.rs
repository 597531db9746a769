// Week project: Game of Life on a fixed grid. Neighbour lookup indexes the grid with i32.
const SIZE: usize = 7;

type Grid = [[bool; SIZE]; SIZE];

fn parse(rows: [&str; SIZE]) -> Grid {
    let mut g = [[false; SIZE]; SIZE];
    for (r, row) in rows.iter().enumerate() {
        for (c, ch) in row.chars().enumerate() {
            g[r][c] = ch == '#';
        }
    }
    g
}

fn neighbours(g: &Grid, r: usize, c: usize) -> usize {
    let offsets = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)];
    let mut count = 0;
    for (dr, dc) in offsets {
        let nr = r as i32 + dr;
        let nc = c as i32 + dc;
        if nr >= 0 && nr < SIZE as i32 && nc >= 0 && nc < SIZE as i32 && g[nr][nc] {
            count += 1;
        }
    }
    count
}

fn step(g: &Grid) -> Grid {
    let mut next = [[false; SIZE]; SIZE];
    for r in 0..SIZE {
        for c in 0..SIZE {
            let n = neighbours(g, r, c);
            next[r][c] = n == 3 || (g[r][c] && n == 2);
        }
    }
    next
}

fn population(g: &Grid) -> usize {
    g.iter().map(|row| row.iter().filter(|&&x| x).count()).sum()
}

fn render(g: &Grid) -> Vec<String> {
    g.iter()
        .map(|row| row.iter().map(|&x| if x { '#' } else { '.' }).collect())
        .collect()
}

fn main() {
    let mut grid = parse([
        ".......",
        "..#....",
        "..#....",
        "..#....",
        ".......",
        "....##.",
        "....##.",
    ]);
    let mut history = vec![grid];
    for gen in 1..=3 {
        grid = step(&grid);
        history.push(grid);
        println!("generation {} population {}", gen, population(&grid));
    }
    for (i, g) in history.iter().enumerate() {
        println!("gen {}:", i);
        for line in render(g) {
            println!("  {}", line);
        }
    }
    println!("blinker period 2: {}", history[1] == history[3]);
    println!("block stable: {}", history.iter().all(|g| g[5][4] && g[6][5]));
}
