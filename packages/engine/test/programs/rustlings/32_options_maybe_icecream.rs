// options1: return None when the hour is invalid.
fn maybe_ice_cream(hour_of_day: u16) -> Option<u16> {
    if hour_of_day < 22 {
        Some(5)
    } else if hour_of_day < 24 {
        Some(0)
    } else {
        None
    }
}

fn main() {
    for hour in [9, 21, 22, 23, 24, 25] {
        match maybe_ice_cream(hour) {
            Some(n) => println!("{hour:>2}:00 -> {n} scoops left"),
            None => println!("{hour:>2}:00 -> not a valid hour"),
        }
    }
    let total: u16 = maybe_ice_cream(12).unwrap_or(0) + maybe_ice_cream(30).unwrap_or(0);
    println!("total = {total}");
}
