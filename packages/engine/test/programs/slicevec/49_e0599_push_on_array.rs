// Arrays have a fixed length: there is no push.
fn main() {
    let mut week_temps = [18, 21, 19, 23, 22, 20];
    week_temps.push(24);
    println!("{} days recorded", week_temps.len());
}
