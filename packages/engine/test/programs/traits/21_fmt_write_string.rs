// std::fmt::Write: write! into a String
use std::fmt::Write;

fn table(rows: &[(&str, u32)]) -> String {
    let mut out = String::new();
    writeln!(out, "{:<8}|{:>5}", "item", "qty").unwrap();
    writeln!(out, "{}", "-".repeat(14)).unwrap();
    for (name, qty) in rows {
        writeln!(out, "{:<8}|{:>5}", name, qty).unwrap();
    }
    let total: u32 = rows.iter().map(|(_, q)| q).sum();
    write!(&mut out, "{:<8}|{:>5}", "total", total).unwrap();
    out
}

fn hex_dump(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.write_char(' ').unwrap();
        }
        write!(s, "{:02x}", b).unwrap();
    }
    s
}

fn main() {
    let t = table(&[("apple", 3), ("pear", 12), ("fig", 100)]);
    println!("{}", t);
    println!("{}", hex_dump(b"Rust!"));
    let mut csv = String::new();
    for n in 1..=5 {
        if !csv.is_empty() {
            csv.push(',');
        }
        write!(csv, "{}", n * n).unwrap();
    }
    println!("{}", csv);
    let mut s = String::new();
    s.write_str("done").unwrap();
    println!("{} ({} bytes)", s, s.len());
}
