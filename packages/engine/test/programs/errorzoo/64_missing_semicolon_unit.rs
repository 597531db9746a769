// Quiz: an `if` without `else` must evaluate to ().
fn log_value(v: i32) -> i32 {
    println!("value {}", v);
    v
}

fn main() {
    let data = [4, -2, 9];
    let mut positives = 0;
    for d in data {
        if d > 0 {
            positives += 1;
            log_value(d)
        }
    }
    println!("positives: {}", positives);
}
