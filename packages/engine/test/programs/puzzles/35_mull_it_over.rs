// 2024 day 3: scan corrupted memory for mul(X,Y) without regex
fn parse_mul(s: &str) -> Option<(u32, u32)> {
    let rest = s.strip_prefix("mul(")?;
    let close = rest.find(')')?;
    let (a, b) = rest[..close].split_once(',')?;
    if a.is_empty() || a.len() > 3 || b.is_empty() || b.len() > 3 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?))
}

fn main() {
    let memory = "xmul(2,4)&mul[3,7]!^don't()_mul(5,5)+mul(32,64](mul(11,8)undo()?mul(8,5))";

    let mut all = 0;
    let mut enabled_sum = 0;
    let mut enabled = true;
    for (i, _) in memory.char_indices() {
        let tail = &memory[i..];
        if tail.starts_with("do()") {
            enabled = true;
        } else if tail.starts_with("don't()") {
            enabled = false;
        } else if let Some((a, b)) = parse_mul(tail) {
            println!("found mul({},{}) enabled={}", a, b, enabled);
            all += a * b;
            if enabled {
                enabled_sum += a * b;
            }
        }
    }
    println!("Part 1: {}", all);
    println!("Part 2: {}", enabled_sum);
}
