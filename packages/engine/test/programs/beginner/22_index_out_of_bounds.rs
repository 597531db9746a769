fn main() {
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut i = 0;
    // Off-by-one: should be `i < days.len()`
    while i <= days.len() {
        println!("Day {}: {}", i + 1, days[i]);
        i += 1;
    }
    println!("done");
}
