// A grid type exposing rows() and column(c) iterators.
struct Grid {
    width: usize,
    cells: Vec<char>,
}

impl Grid {
    fn rows(&self) -> std::slice::Chunks<'_, char> {
        self.cells.chunks(self.width)
    }

    fn column(&self, c: usize) -> impl Iterator<Item = &char> + '_ {
        self.cells.iter().skip(c).step_by(self.width)
    }
}

fn main() {
    let g = Grid {
        width: 3,
        cells: "XO.OX..OX".chars().collect(),
    };
    for row in g.rows() {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
    let middle: String = g.column(1).collect();
    println!("middle column: {}", middle);
    let x_count = g.rows().map(|r| r.iter().filter(|&&c| c == 'X').count()).fold(0, |a, b| a + b);
    println!("X count: {}", x_count);
}
