use std::thread;

#[derive(Debug, Default)]
struct Stats {
    min: i32,
    max: i32,
    sum: i64,
}

fn stats(chunk: &[i32]) -> Stats {
    let mut s = Stats { min: i32::MAX, max: i32::MIN, sum: 0 };
    for &x in chunk {
        s.min = s.min.min(x);
        s.max = s.max.max(x);
        s.sum += x as i64;
    }
    s
}

fn main() {
    let readings: Vec<i32> = (1..=40).map(|i| (i * 37) % 23 - 11).collect();

    let parts: Vec<Stats> = thread::scope(|s| {
        let handles: Vec<_> = readings.chunks(10).map(|c| s.spawn(move || stats(c))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    let total = parts.iter().fold(Stats { min: i32::MAX, max: i32::MIN, sum: 0 }, |acc, p| Stats {
        min: acc.min.min(p.min),
        max: acc.max.max(p.max),
        sum: acc.sum + p.sum,
    });
    for (i, p) in parts.iter().enumerate() {
        println!("chunk {}: {:?}", i, p);
    }
    println!("overall: {:?}", total);
}
