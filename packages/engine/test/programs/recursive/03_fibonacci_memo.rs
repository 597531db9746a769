// Naive fibonacci vs memoized fibonacci
fn fib(n: u32) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        _ => fib(n - 1) + fib(n - 2),
    }
}

fn fib_memo(n: usize, memo: &mut Vec<Option<u64>>) -> u64 {
    if let Some(v) = memo[n] {
        return v;
    }
    let v = if n < 2 { n as u64 } else { fib_memo(n - 1, memo) + fib_memo(n - 2, memo) };
    memo[n] = Some(v);
    v
}

fn main() {
    let naive: Vec<u64> = (0..15).map(fib).collect();
    println!("naive: {:?}", naive);
    let mut memo = vec![None; 91];
    println!("fib(90) = {}", fib_memo(90, &mut memo));
    let filled = memo.iter().filter(|m| m.is_some()).count();
    println!("memo entries filled: {}", filled);
}
