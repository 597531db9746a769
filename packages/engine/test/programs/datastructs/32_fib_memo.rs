use std::collections::HashMap;

fn fib_naive(n: u32, calls: &mut u32) -> u64 {
    *calls += 1;
    if n < 2 {
        return n as u64;
    }
    fib_naive(n - 1, calls) + fib_naive(n - 2, calls)
}

fn fib_memo(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(&cached) = memo.get(&n) {
        return cached;
    }
    let result = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    memo.insert(n, result);
    result
}

fn main() {
    let mut calls = 0;
    let f20 = fib_naive(20, &mut calls);
    println!("naive fib(20) = {} using {} calls", f20, calls);

    let mut memo = HashMap::new();
    println!("memo fib(20) = {}", fib_memo(20, &mut memo));
    println!("memo fib(90) = {}", fib_memo(90, &mut memo));
    println!("memo holds {} entries", memo.len());

    let mut keys: Vec<_> = memo.keys().copied().filter(|k| *k <= 10).collect();
    keys.sort();
    for k in keys {
        println!("  fib({}) = {}", k, memo[&k]);
    }
}
