// Exercise: count the number of laps and print the final total.
fn main() {
    let laps = 0;
    println!("Starting with {} laps", laps);

    laps = 5;
    println!("Finished {} laps", laps);
}
