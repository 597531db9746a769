// Exponentiation by squaring; counts the recursive calls
fn power(base: u64, exp: u32, calls: &mut u32) -> u64 {
    *calls += 1;
    if exp == 0 {
        return 1;
    }
    let half = power(base, exp / 2, calls);
    if exp % 2 == 0 { half * half } else { half * half * base }
}

fn main() {
    for (b, e) in [(2u64, 10u32), (3, 13), (10, 18), (7, 0)] {
        let mut calls = 0;
        let r = power(b, e, &mut calls);
        println!("{}^{} = {} in {} calls", b, e, r, calls);
    }
}
