use std::fmt;

// Print a board with Display and write!.
struct Board {
    cells: [[Option<char>; 3]; 3],
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, row) in self.cells.iter().enumerate() {
            if i > 0 {
                writeln!(f, "---+---+---")?;
            }
            let parts: Vec<String> = row
                .iter()
                .map(|c| format!(" {} ", c.unwrap_or(' ')))
                .collect();
            writeln!(f, "{}", parts.join("|"))?;
        }
        Ok(())
    }
}

fn main() {
    let mut b = Board { cells: [[None; 3]; 3] };
    b.cells[0][0] = Some('X');
    b.cells[1][1] = Some('O');
    b.cells[2][2] = Some('X');
    print!("{}", b);
    let text = b.to_string();
    println!("{} lines", text.lines().count());
}
