// Puzzle: we retry sending the report three times.
fn send(report: String) {
    println!("sending {}", report);
}

fn main() {
    let report = String::from("weekly");

    for attempt in 1..=3 {
        println!("attempt {}", attempt);
        send(report);
    }
}
