// 2D grid flood fill: count islands with an explicit stack, recolor regions recursively.
fn count_islands(grid: &mut Vec<Vec<char>>) -> Vec<usize> {
    let rows = grid.len();
    let cols = grid[0].len();
    let mut sizes = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            if grid[r][c] != '#' {
                continue;
            }
            let mut stack = vec![(r, c)];
            grid[r][c] = '.';
            let mut size = 0;
            while let Some((y, x)) = stack.pop() {
                size += 1;
                let mut neighbors = Vec::new();
                if y > 0 { neighbors.push((y - 1, x)); }
                if y + 1 < rows { neighbors.push((y + 1, x)); }
                if x > 0 { neighbors.push((y, x - 1)); }
                if x + 1 < cols { neighbors.push((y, x + 1)); }
                for (ny, nx) in neighbors {
                    if grid[ny][nx] == '#' {
                        grid[ny][nx] = '.';
                        stack.push((ny, nx));
                    }
                }
            }
            sizes.push(size);
        }
    }
    sizes
}

fn fill(img: &mut [Vec<u8>], r: usize, c: usize, from: u8, to: u8) {
    if img[r][c] != from || from == to {
        return;
    }
    img[r][c] = to;
    if r > 0 { fill(img, r - 1, c, from, to); }
    if r + 1 < img.len() { fill(img, r + 1, c, from, to); }
    if c > 0 { fill(img, r, c - 1, from, to); }
    if c + 1 < img[r].len() { fill(img, r, c + 1, from, to); }
}

fn main() {
    let map = ["##..#", "#...#", "..#..", "....#", "##.##"];
    let mut grid: Vec<Vec<char>> = map.iter().map(|row| row.chars().collect()).collect();
    let sizes = count_islands(&mut grid);
    println!("islands: {} with sizes {:?}", sizes.len(), sizes);
    println!("grid is now all water: {}", grid.iter().all(|r| r.iter().all(|&c| c == '.')));

    let mut img = vec![vec![1, 1, 1, 2], vec![1, 1, 0, 2], vec![1, 0, 1, 1]];
    fill(&mut img, 1, 1, 1, 7);
    for row in &img {
        println!("{:?}", row);
    }
}
