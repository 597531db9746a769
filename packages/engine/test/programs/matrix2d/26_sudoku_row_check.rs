// Check rows, columns and boxes of a 4x4 mini sudoku.
fn valid_group(vals: &[u8]) -> bool {
    let mut seen = [false; 5];
    for &v in vals {
        if v == 0 || v > 4 || seen[v as usize] {
            return false;
        }
        seen[v as usize] = true;
    }
    true
}

fn check(b: &[[u8; 4]; 4]) -> bool {
    for r in 0..4 {
        if !valid_group(&b[r]) {
            return false;
        }
        let col: Vec<u8> = b.iter().map(|row| row[r]).collect();
        if !valid_group(&col) {
            return false;
        }
    }
    for br in (0..4).step_by(2) {
        for bc in (0..4).step_by(2) {
            let cells = [b[br][bc], b[br][bc + 1], b[br + 1][bc], b[br + 1][bc + 1]];
            if !valid_group(&cells) {
                return false;
            }
        }
    }
    true
}

fn main() {
    let good = [[1, 2, 3, 4], [3, 4, 1, 2], [2, 1, 4, 3], [4, 3, 2, 1]];
    let mut bad = good;
    bad[0].swap(0, 1);
    println!("good: {}", check(&good));
    println!("bad: {}", check(&bad));
    println!("good untouched: {:?}", good[0]);
}
