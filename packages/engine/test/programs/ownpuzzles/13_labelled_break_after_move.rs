// Puzzle: a String is moved deep inside nested loops, then we break out of both.
fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let label = String::from("first multiple of five");
    let mut result: Option<(String, i32)> = None;

    'rows: for row in &grid {
        for &cell in row {
            if cell % 5 == 0 {
                result = Some((label, cell));
                break 'rows;
            }
        }
    }

    match result {
        Some((text, value)) => println!("{}: {}", text, value),
        None => println!("nothing found"),
    }
}
