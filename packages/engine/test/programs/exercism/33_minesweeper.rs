// Minesweeper: annotate each empty square with the number of adjacent mines.
fn annotate(minefield: &[&str]) -> Vec<String> {
    let grid: Vec<&[u8]> = minefield.iter().map(|row| row.as_bytes()).collect();
    let height = grid.len() as i32;
    let mut result = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        let width = row.len() as i32;
        let mut line = String::new();
        for (c, &cell) in row.iter().enumerate() {
            if cell == b'*' {
                line.push('*');
                continue;
            }
            let mut count = 0;
            for dr in -1..=1 {
                for dc in -1..=1 {
                    let nr = r as i32 + dr;
                    let nc = c as i32 + dc;
                    if nr >= 0 && nr < height && nc >= 0 && nc < width && grid[nr as usize][nc as usize] == b'*' {
                        count += 1;
                    }
                }
            }
            line.push(if count == 0 { ' ' } else { char::from_digit(count, 10).unwrap() });
        }
        result.push(line);
    }
    result
}

fn main() {
    let field = ["  *  ", "  *  ", "*****", "  *  ", "  *  "];
    for line in annotate(&field) {
        println!("|{}|", line);
    }
    println!("---");
    for line in annotate(&[" * * ", "  *  ", "  *  ", "     "]) {
        println!("|{}|", line);
    }
}
