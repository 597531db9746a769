fn main() {
    let mut counter = 0;
    let mut log: Vec<String> = Vec::new();

    {
        let mut record = |event: &str| {
            counter += 1;
            log.push(format!("#{} {}", counter, event));
        };
        record("start");
        record("load config");
        record("ready");
    } // the closure (and its &mut borrows) is gone here

    println!("{} events", counter);
    for line in &log {
        println!("{}", line);
    }

    let threshold = 2;
    let is_big = |n: &i32| *n > threshold; // borrows threshold immutably
    let nums = vec![1, 2, 3, 4];
    let big: Vec<&i32> = nums.iter().filter(|n| is_big(n)).collect();
    println!("{:?}", big);

    // After the last use of `record`, log can be mutated directly again.
    let mut add = |s: &str| log.push(s.to_string());
    add("shutdown");
    println!("last: {}", log.last().unwrap());
}
