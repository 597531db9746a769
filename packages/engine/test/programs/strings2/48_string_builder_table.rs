// Building a text table into one String with write!/push_str.
use std::fmt::Write;

fn main() {
    let rows = [("Zürich", 421878), ("Genève", 203856), ("Basel", 173863)];
    let mut out = String::new();
    writeln!(out, "{:<8}|{:>8}", "City", "People").unwrap();
    out.push_str(&"-".repeat(17));
    out.push('\n');
    for (city, pop) in rows.iter() {
        writeln!(out, "{:<8}|{:>8}", city, pop).unwrap();
    }
    print!("{}", out);
    println!("table is {} bytes, {} chars, {} lines", out.len(), out.chars().count(), out.lines().count());
}
