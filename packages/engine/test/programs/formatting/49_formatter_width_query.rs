use std::fmt;

struct Bar {
    filled: usize,
}

impl fmt::Display for Bar {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let total = f.width().unwrap_or(10);
        let fill = self.filled.min(total);
        let s = format!("{}{}", "#".repeat(fill), ".".repeat(total - fill));
        write!(f, "[{}]", s)
    }
}

fn main() {
    for pct in [0, 25, 50, 100] {
        let b = Bar { filled: pct / 10 };
        println!("{:>3}% {}", pct, b);
    }
    println!("{:20}", Bar { filled: 7 });
    println!("{:4}", Bar { filled: 7 });
}
