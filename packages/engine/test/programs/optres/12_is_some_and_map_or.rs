fn main() {
    let scores: Vec<Option<u32>> = vec![Some(92), None, Some(41), Some(77)];

    for (i, s) in scores.iter().enumerate() {
        let passed = s.is_some_and(|v| v >= 50);
        let label = s.map_or("absent".to_string(), |v| format!("{} pts", v));
        let doubled = s.map_or_else(|| -1, |v| (v * 2) as i64);
        println!("student {}: {:<8} passed={} doubled={}", i, label, passed, doubled);
    }

    let n = Some(0);
    println!("is_none_or style: {}", n.map_or(true, |x| x == 0));
}
