// Mistake: indexing a vector with an i32 instead of a usize.

fn main() {
    let temperatures = vec![18.5, 21.0, 19.2, 23.8, 22.1];
    let day: i32 = 3;
    println!("temperature on day {}: {}", day, temperatures[day]);
}
