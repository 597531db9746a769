// N-queens with backtracking; prints the first solution
fn safe(cols: &[usize], col: usize) -> bool {
    let row = cols.len();
    cols.iter().enumerate().all(|(r, &c)| c != col && row - r != col.abs_diff(c))
}

fn solve(n: usize, cols: &mut Vec<usize>, count: &mut u32, first: &mut Option<Vec<usize>>) {
    if cols.len() == n {
        *count += 1;
        if first.is_none() {
            *first = Some(cols.clone());
        }
        return;
    }
    for col in 0..n {
        if safe(cols, col) {
            cols.push(col);
            solve(n, cols, count, first);
            cols.pop();
        }
    }
}

fn main() {
    for n in 4..=6 {
        let mut count = 0;
        let mut first = None;
        solve(n, &mut Vec::new(), &mut count, &mut first);
        println!("n={}: {} solutions", n, count);
        if let Some(cols) = first {
            for c in cols {
                println!("  {}", (0..n).map(|i| if i == c { 'Q' } else { '.' }).collect::<String>());
            }
        }
    }
}
