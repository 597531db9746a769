mod format {
    pub fn format_cents(cents: u64) -> String {
        format!("${}.{:02}", cents / 100, cents % 100)
    }

    pub fn pad_left(s: &str, width: usize) -> String {
        format!("{:>width$}", s, width = width)
    }
}

mod receipt {
    use crate::format::{format_price, pad_left};

    pub fn line(item: &str, cents: u64) -> String {
        format!("{:<12}{}", item, pad_left(&format_price(cents), 10))
    }
}

fn main() {
    let items = [("coffee", 350), ("muffin", 275), ("juice", 499)];
    let mut total = 0;
    for (name, cents) in items {
        println!("{}", receipt::line(name, cents));
        total += cents;
    }
    println!("{}", receipt::line("TOTAL", total));
}
