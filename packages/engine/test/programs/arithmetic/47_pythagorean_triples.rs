// Find all Pythagorean triples with c <= 30, and the one with a + b + c = 1000.
fn main() {
    let mut count = 0;
    for c in 1..=30u32 {
        for b in 1..c {
            for a in 1..=b {
                if a * a + b * b == c * c {
                    println!("{}^2 + {}^2 = {}^2", a, b, c);
                    count += 1;
                }
            }
        }
    }
    println!("{} triples", count);

    'search: for a in 1..1000u64 {
        for b in a..1000 {
            let c = 1000 - a - b;
            if c <= b {
                break;
            }
            if a * a + b * b == c * c {
                println!("special triple: {} {} {} product {}", a, b, c, a * b * c);
                break 'search;
            }
        }
    }
    let hyp = (5.0f64).hypot(12.0);
    println!("hypot(5, 12) = {}", hyp);
}
