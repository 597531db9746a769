use std::thread;

fn parse_all(items: Vec<&'static str>) -> Vec<i32> {
    items.iter().map(|s| s.parse::<i32>().expect("not a number")).collect()
}

fn main() {
    let good = thread::spawn(|| parse_all(vec!["1", "2", "3"]));
    let sums: i32 = good.join().unwrap().iter().sum();
    println!("good batch sum: {}", sums);

    // A panic inside the thread becomes an Err from join().
    let bad = thread::spawn(|| {
        parse_all(vec!["4", "five"])
    });
    match bad.join() {
        Ok(v) => println!("unexpected: {:?}", v),
        Err(_) => println!("bad batch panicked"),
    }
}
