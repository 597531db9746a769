use std::thread;

// Inside a scope, one thread may hold &mut while others use different data.
fn main() {
    let mut log: Vec<String> = Vec::new();
    let readings = [12.5, 13.0, 11.75, 14.25];
    let mut max = 0.0f64;

    thread::scope(|s| {
        s.spawn(|| {
            for r in &readings {
                log.push(format!("reading {:.2}", r));
            }
        });
        s.spawn(|| {
            for &r in &readings {
                if r > max {
                    max = r;
                }
            }
        });
    });

    for line in &log {
        println!("{}", line);
    }
    println!("max = {}", max);
}
