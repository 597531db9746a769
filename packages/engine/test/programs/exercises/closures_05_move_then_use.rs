// Exercise: compute statistics lazily with closures.
fn run<F: Fn() -> usize>(f: F) -> usize {
    f()
}

fn run_twice<F: Fn() -> usize>(f: F) -> usize {
    f() + f()
}

fn main() {
    let data = vec![String::from("x"), String::from("yy"), String::from("zzz")];
    let limit = 2;
    let count_long = || data.iter().filter(|s| s.len() >= limit).count();
    println!("long items: {}", run(count_long));
    println!("twice: {}", run_twice(count_long));
    let total_len = move || data.iter().map(|s| s.len()).sum::<usize>();
    println!("total length {}", run(total_len));
    println!("first item {}", data[0]);
    let longest = data.iter().map(|s| s.len()).max().unwrap_or(0);
    println!("longest {}", longest);
}
