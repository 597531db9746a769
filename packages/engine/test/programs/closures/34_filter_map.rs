fn main() {
    let raw = "3, 7, x, 12, , 5, nine, 40";
    let limit = 10;

    let numbers: Vec<i32> = raw.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    println!("parsed: {:?}", numbers);

    let small_doubled: Vec<i32> = numbers
        .iter()
        .filter_map(|&n| if n < limit { Some(n * 2) } else { None })
        .collect();
    println!("small doubled: {:?}", small_doubled);

    let (evens, odds): (Vec<i32>, Vec<i32>) = numbers.iter().partition(|&&n| n % 2 == 0);
    println!("evens {:?} odds {:?}", evens, odds);

    let bad: Vec<&str> = raw
        .split(',')
        .map(|s| s.trim())
        .filter(|s| s.parse::<i32>().is_err())
        .collect();
    println!("rejected: {:?}", bad);
}
