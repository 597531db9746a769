// Turn a line of text into numbers and add them up.
fn main() {
    let line = "4 8 15 16 23 42";
    let numbers = line
        .split_whitespace()
        .map(|s| s.parse::<i32>().unwrap())
        .collect();

    let mut total = 0;
    for n in &numbers {
        total += n;
    }
    println!("total = {}", total);
}
