// Building a multiplication table into a String.
fn main() {
    let mut table = String::new();
    for row in 1..=3 {
        for col in 1..=3 {
            write!(table, "{:>4}", row * col).unwrap();
        }
        table.push('\n');
    }
    print!("{}", table);
}
