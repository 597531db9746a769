fn main() {
    let scores = vec![72, 95, 64, 88, 95, 51];

    println!("max = {:?}, min = {:?}", scores.iter().max(), scores.iter().min());
    println!("first 95 at {:?}", scores.iter().position(|&s| s == 95));
    println!("last 95 at {:?}", scores.iter().rposition(|&s| s == 95));
    println!("contains 64? {}", scores.contains(&64));
    println!("first = {:?}, last = {:?}", scores.first(), scores.last());
    println!("get(10) = {:?}", scores.get(10));

    for (i, s) in scores.iter().enumerate().rev().take(3) {
        println!("  #{} -> {}", i, s);
    }

    let passed: Vec<i32> = scores.iter().copied().filter(|&s| s >= 65).collect();
    let total: i32 = passed.iter().sum();
    println!("passed {:?}, total {}", passed, total);
    println!("any below 60? {}  all below 100? {}", scores.iter().any(|&s| s < 60), scores.iter().all(|&s| s < 100));
}
