// Integer division by zero always panics.
fn average(sum: i32, count: i32) -> i32 {
    sum / count
}

fn main() {
    let groups = [(30, 3), (50, 5), (0, 0)];
    for (sum, count) in groups {
        println!("sum={} count={}", sum, count);
        println!("average = {}", average(sum, count));
    }
}
