// Manual Display and Debug impls
use std::fmt;

struct Fraction {
    num: i32,
    den: i32,
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl fmt::Debug for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fraction")
            .field("num", &self.num)
            .field("den", &self.den)
            .finish()
    }
}

struct Grid {
    cells: Vec<Vec<char>>,
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.cells {
            let line: String = row.iter().collect();
            writeln!(f, "|{}|", line)?;
        }
        Ok(())
    }
}

fn main() {
    let half = Fraction { num: 1, den: 2 };
    let three = Fraction { num: 3, den: 1 };
    println!("{} and {}", half, three);
    println!("{:?}", half);
    println!("[{:>6}]", half.to_string());
    let g = Grid { cells: vec![vec!['x', '.', 'o'], vec!['.', 'x', '.']] };
    print!("{}", g);
    let list = vec![half, three];
    println!("{:?}", list);
}
