// Compute minesweeper hint numbers for each cell.
const H: usize = 4;
const W: usize = 5;

fn hints(mines: &[[bool; W]; H]) -> [[u8; W]; H] {
    let mut out = [[0u8; W]; H];
    for r in 0..H {
        for c in 0..W {
            if mines[r][c] {
                continue;
            }
            let r0 = r.saturating_sub(1);
            let c0 = c.saturating_sub(1);
            for rr in r0..=(r + 1).min(H - 1) {
                for cc in c0..=(c + 1).min(W - 1) {
                    if mines[rr][cc] {
                        out[r][c] += 1;
                    }
                }
            }
        }
    }
    out
}

fn main() {
    let mut mines = [[false; W]; H];
    mines[0][1] = true;
    mines[2][3] = true;
    mines[3][0] = true;
    let h = hints(&mines);
    for r in 0..H {
        let line: String = (0..W)
            .map(|c| if mines[r][c] { '*' } else { (b'0' + h[r][c]) as char })
            .collect();
        println!("{}", line);
    }
}
