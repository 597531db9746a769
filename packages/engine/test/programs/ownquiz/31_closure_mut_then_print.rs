fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    inc();
    println!("count = {}", count);

    let mut history = Vec::new();
    let mut record = |x: i32| history.push(x * x);
    for i in 1..=3 {
        record(i);
    }
    println!("history = {:?}", history);
}
