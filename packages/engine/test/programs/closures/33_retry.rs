// A retry helper: keeps calling an FnMut until it succeeds or attempts run out.
fn retry<T, F>(max_attempts: u32, mut op: F) -> Result<T, String>
where
    F: FnMut(u32) -> Result<T, String>,
{
    let mut last_err = String::new();
    for attempt in 1..=max_attempts {
        match op(attempt) {
            Ok(v) => return Ok(v),
            Err(e) => {
                println!("  attempt {} failed: {}", attempt, e);
                last_err = e;
            }
        }
    }
    Err(format!("gave up after {} attempts: {}", max_attempts, last_err))
}

fn main() {
    let mut calls = 0;
    let r = retry(5, |n| {
        calls += 1;
        if n < 3 { Err(format!("timeout #{}", n)) } else { Ok(n * 100) }
    });
    println!("result: {:?}, calls: {}", r, calls);

    let r2: Result<i32, String> = retry(2, |_| Err("server down".to_string()));
    println!("result: {:?}", r2);
}
