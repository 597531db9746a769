fn main() {
    let temperatures = vec![18, 21, 19, 25, 23, 20, 17];
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    for i in 0..days.len() {
        println!("{}: {}°C", days[i], temperatures[i]);
    }

    // off-by-one: there is no 8th day
    let next_week_monday = temperatures[days.len()];
    println!("next Monday: {}", next_week_monday);
}
