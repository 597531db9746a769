// A 2-D grid stored as Vec<Vec<T>>.
fn print_grid(grid: &[Vec<u8>]) {
    for row in grid {
        let line: String = row.iter().map(|&c| if c == 0 { '.' } else { (b'0' + c) as char }).collect();
        println!("{}", line);
    }
}

fn main() {
    let (w, h) = (6, 4);
    let mut grid = vec![vec![0u8; w]; h];

    // Draw a border-less rectangle.
    for y in 1..3 {
        for x in 1..5 {
            grid[y][x] = 1;
        }
    }
    grid[2][3] = 2;
    print_grid(&grid);

    // Count neighbours of one cell (8 directions, staying inside).
    let (cx, cy) = (2usize, 1usize);
    let mut around = 0;
    for dy in -1i32..=1 {
        for dx in -1i32..=1 {
            if dx == 0 && dy == 0 {
                continue;
            }
            let nx = cx as i32 + dx;
            let ny = cy as i32 + dy;
            if nx >= 0 && ny >= 0 && (nx as usize) < w && (ny as usize) < h {
                if grid[ny as usize][nx as usize] != 0 {
                    around += 1;
                }
            }
        }
    }
    println!("filled neighbours of ({}, {}): {}", cx, cy, around);

    let filled: usize = grid.iter().map(|row| row.iter().filter(|&&c| c != 0).count()).sum();
    println!("filled cells: {}", filled);
}
