// Build a CSV line into a pre-sized String.
fn main() {
    let fields = ["id", "name", "score", "rank"];
    let needed: usize = fields.iter().map(|f| f.len()).sum::<usize>() + fields.len() - 1;
    let mut row = String::with_capacity(needed);
    println!("reserved {} bytes, cap={}", needed, row.capacity());
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            row.push(',');
        }
        row.push_str(f);
    }
    println!("{}: len={} cap={}", row, row.len(), row.capacity());
    row.push('\n');
    println!("with newline: len={} cap={}", row.len(), row.capacity());
}
