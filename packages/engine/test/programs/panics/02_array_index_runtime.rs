// Arrays are checked too, when the index is only known at run time.
fn pick(days: [&str; 7], n: usize) -> &str {
    days[n]
}

fn main() {
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let wanted = [0, 3, 6, 7];
    for &n in wanted.iter() {
        println!("day {} is {}", n, pick(days, n));
    }
    println!("done");
}
