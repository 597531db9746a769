fn consume(report: String) -> usize {
    report.len()
}

fn main() {
    let report = String::from("quarterly numbers look fine");
    let headline = &report[..9];

    let size = consume(report);

    println!("{} ({} bytes)", headline, size);
}
