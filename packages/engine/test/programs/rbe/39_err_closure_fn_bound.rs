// A closure that mutates its environment is FnMut, not Fn.
fn call_three_times<F: Fn()>(f: F) {
    f();
    f();
    f();
}

fn main() {
    let mut clicks = 0;
    call_three_times(|| clicks += 1);
    println!("clicks: {}", clicks);
}
