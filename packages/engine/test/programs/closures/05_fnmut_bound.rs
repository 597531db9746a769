// FnMut: the closure may change its captured state.
fn repeat<F: FnMut()>(times: usize, mut action: F) {
    for _ in 0..times {
        action();
    }
}

fn main() {
    let mut log: Vec<String> = Vec::new();
    let mut step = 0;

    repeat(4, || {
        step += 1;
        log.push(format!("step {}", step));
    });

    println!("{} entries", log.len());
    for line in &log {
        println!("  {}", line);
    }
    println!("step = {}", step);
}
