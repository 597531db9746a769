// Quiz: matching on an integer needs a catch-all arm.
fn day_name(day: u8) -> &'static str {
    match day {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        6 | 7 => "weekend",
    }
}

fn main() {
    for d in 1..=7 {
        println!("{} {}", d, day_name(d));
    }
}
