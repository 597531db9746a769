fn main() {
    let line = "3 1 4 1 5 9";
    // collect can build many collections; the compiler cannot pick one.
    let numbers = line
        .split_whitespace()
        .map(|s| s.parse::<i32>().unwrap())
        .collect();
    println!("{:?}", numbers);
}
