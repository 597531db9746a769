// rem_euclid always gives a non-negative remainder: good for wrapping indices.

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn day_after(start: usize, offset: i32) -> &'static str {
    let idx = (start as i32 + offset).rem_euclid(7);
    DAYS[idx as usize]
}

fn hour_on_clock(hour: i32, delta: i32) -> i32 {
    (hour + delta).rem_euclid(12)
}

fn main() {
    println!("-7 % 3 = {}, -7.rem_euclid(3) = {}", -7 % 3, (-7i32).rem_euclid(3));
    println!("-7.div_euclid(3) = {}", (-7i32).div_euclid(3));
    println!("7.div_euclid(-3) = {}", 7i32.div_euclid(-3));

    for offset in [-10, -1, 0, 3, 15] {
        println!("Wed {:+} days -> {}", offset, day_after(2, offset));
    }
    println!("3 o'clock minus 5 hours -> {}", hour_on_clock(3, -5));
    println!("11 o'clock plus 4 hours -> {}", hour_on_clock(11, 4));
    println!("-5.5 rem_euclid 2.0 = {}", (-5.5f64).rem_euclid(2.0));
}
