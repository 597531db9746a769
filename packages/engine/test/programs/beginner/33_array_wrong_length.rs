fn main() {
    let weekdays: [&str; 5] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    for day in weekdays {
        println!("{}", day);
    }
}
