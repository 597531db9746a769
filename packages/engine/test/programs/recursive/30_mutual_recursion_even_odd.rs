// Mutual recursion: is_even and is_odd call each other
fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn main() {
    for n in [0, 1, 7, 10, 99] {
        println!("{}: even={} odd={}", n, is_even(n), is_odd(n));
    }
}
