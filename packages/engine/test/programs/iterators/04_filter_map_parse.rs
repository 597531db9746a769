// Exercise: keep only the entries that are valid numbers.
fn main() {
    let raw = ["42", "seven", "17", "", "-3", "3.14", "100"];

    let numbers: Vec<i32> = raw.iter().filter_map(|s| s.parse().ok()).collect();
    println!("parsed: {:?}", numbers);

    let total: i32 = numbers.iter().sum();
    println!("total: {}", total);

    let rejected: Vec<&str> = raw
        .iter()
        .filter(|s| s.parse::<i32>().is_err())
        .map(|s| *s)
        .collect();
    println!("rejected: {:?}", rejected);

    let first_big = raw.iter().filter_map(|s| s.parse::<i32>().ok()).find(|&n| n > 50);
    match first_big {
        Some(n) => println!("first number above 50: {}", n),
        None => println!("nothing above 50"),
    }
}
