// Exercise: a helper that calls a callback n times with the index.
fn call_n_times<F: FnMut(u32)>(f: F, n: u32) {
    for i in 0..n {
        f(i);
    }
}

fn call_with_each<F: Fn(&str)>(f: F, items: &[&str]) {
    for it in items {
        f(it);
    }
}

fn main() {
    let mut sum = 0;
    call_n_times(|i| sum += i, 5);
    println!("sum {}", sum);
    let mut seen = Vec::new();
    call_n_times(|i| seen.push(i * i), 4);
    println!("{:?}", seen);
    call_with_each(|s| println!("item {}", s), &["a", "b"]);
    println!("done");
}
