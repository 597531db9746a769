// Ackermann function: grows very fast, keep inputs tiny
fn ackermann(m: u64, n: u64, calls: &mut u64) -> u64 {
    *calls += 1;
    match (m, n) {
        (0, n) => n + 1,
        (m, 0) => ackermann(m - 1, 1, calls),
        (m, n) => {
            let inner = ackermann(m, n - 1, calls);
            ackermann(m - 1, inner, calls)
        }
    }
}

fn main() {
    for m in 0..3 {
        let row: Vec<String> = (0..4)
            .map(|n| {
                let mut calls = 0;
                let v = ackermann(m, n, &mut calls);
                format!("{}({})", v, calls)
            })
            .collect();
        println!("m={}: {}", m, row.join(" "));
    }
}
