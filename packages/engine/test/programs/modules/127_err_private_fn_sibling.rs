mod utils {
    fn round_to_cents(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }

    pub fn percent(part: f64, whole: f64) -> f64 {
        round_to_cents(part / whole * 100.0)
    }
}

mod invoice {
    pub struct Line {
        pub item: &'static str,
        pub price: f64,
        pub qty: u32,
    }

    pub fn total(lines: &[Line]) -> f64 {
        let raw: f64 = lines.iter().map(|l| l.price * l.qty as f64).sum();
        crate::utils::round_to_cents(raw * 1.0825)
    }
}

fn main() {
    let lines = [
        invoice::Line { item: "widget", price: 3.99, qty: 3 },
        invoice::Line { item: "gizmo", price: 12.5, qty: 1 },
    ];
    for l in &lines {
        println!("{} x{} @ {}", l.item, l.qty, l.price);
    }
    println!("total with tax: {}", invoice::total(&lines));
    println!("gizmo share: {}%", utils::percent(12.5, 24.47));
}
