// Mistake: returning a u32 from a function declared to return u64.

fn seconds_in_days(days: u32) -> u64 {
    let secs: u32 = days * 24 * 60 * 60;
    secs
}

fn main() {
    println!("{}", seconds_in_days(365));
}
