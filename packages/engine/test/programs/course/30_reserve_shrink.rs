// Lab 9, exercise 2: reserve, reserve_exact and shrink_to_fit.
// Reserving up front avoids repeated reallocation in a loop.

fn grow_and_count(mut v: Vec<u64>, n: u64) -> (Vec<u64>, u32) {
    let mut reallocs = 0;
    let mut cap = v.capacity();
    for i in 0..n {
        v.push(i * i);
        if v.capacity() != cap {
            reallocs += 1;
            cap = v.capacity();
        }
    }
    (v, reallocs)
}

fn main() {
    let (plain, r1) = grow_and_count(Vec::new(), 100);
    println!("no reserve:      reallocs = {}, cap = {}", r1, plain.capacity());

    let mut pre = Vec::new();
    pre.reserve(100);
    println!("after reserve(100): cap >= 100? {}", pre.capacity() >= 100);
    let (pre, r2) = grow_and_count(pre, 100);
    println!("with reserve:    reallocs = {}", r2);

    let mut exact: Vec<u64> = Vec::new();
    exact.reserve_exact(10);
    println!("reserve_exact(10): cap = {}", exact.capacity());
    exact.extend(0..10);
    println!("filled: len = {}, cap = {}", exact.len(), exact.capacity());
    exact.push(10);
    println!("one more: len = {}, cap = {}", exact.len(), exact.capacity());

    let mut big = pre;
    big.truncate(5);
    println!("truncated: len = {}, cap still >= 100? {}", big.len(), big.capacity() >= 100);
    big.shrink_to_fit();
    println!("shrink_to_fit: len = {}, cap = {}", big.len(), big.capacity());
    println!("contents = {:?}", big);
}
