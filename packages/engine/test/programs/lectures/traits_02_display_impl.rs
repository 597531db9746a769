// Implementing Display (and using Debug) for our own types.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

#[derive(Debug)]
struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, row) in self.rows.iter().enumerate() {
            let cells: Vec<String> = row.iter().map(|c| format!("{:>3}", c)).collect();
            write!(f, "[{}]", cells.join(""))?;
            if i + 1 < self.rows.len() {
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

enum Suit {
    Hearts,
    Spades,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
        };
        write!(f, "{}", s)
    }
}

fn main() {
    let p = Point { x: 3, y: -7 };
    println!("p = {}", p);
    let label = format!("<{}>", p);
    println!("{} has length {}", label, label.len());
    println!("padded: [{:>10}]", p.to_string());

    let m = Matrix { rows: vec![vec![1, 2, 3], vec![40, 50, 60]] };
    println!("{}", m);
    println!("{:?}", m);
    println!("cards: {}{} {}{}", 10, Suit::Hearts, "K", Suit::Spades);
}
