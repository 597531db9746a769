// Iterating over Results: filter_map, collect into Result, partition.
fn main() {
    let strings = vec!["tofu", "93", "18"];

    let numbers: Vec<_> = strings.iter().map(|s| s.parse::<i32>()).collect();
    println!("Results: {:?}", numbers.iter().map(|r| r.is_ok()).collect::<Vec<_>>());

    let numbers: Vec<_> = strings.iter().filter_map(|s| s.parse::<i32>().ok()).collect();
    println!("filter_map: {:?}", numbers);

    let mut errors = vec![];
    let numbers: Vec<_> = strings
        .iter()
        .map(|s| s.parse::<u8>())
        .filter_map(|r| r.map_err(|e| errors.push(e)).ok())
        .collect();
    println!("Numbers: {:?}", numbers);
    println!("Errors: {:?}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>());

    let numbers: Result<Vec<_>, _> = strings.iter().map(|s| s.parse::<i32>()).collect();
    println!("collect with a bad one: {}", numbers.unwrap_err());
    let good: Result<Vec<i32>, _> = ["1", "2", "3"].iter().map(|s| s.parse::<i32>()).collect();
    println!("collect all good: {:?}", good);

    let (numbers, errors): (Vec<_>, Vec<_>) = strings.into_iter().map(|s| s.parse::<i32>()).partition(Result::is_ok);
    let numbers: Vec<_> = numbers.into_iter().map(Result::unwrap).collect();
    let errors: Vec<_> = errors.into_iter().map(Result::unwrap_err).collect();
    println!("Numbers: {:?}", numbers);
    println!("Errors: {}", errors.len());

    let maybe: Option<Vec<u32>> = vec![Some(1), Some(2), None].into_iter().collect();
    println!("{:?}", maybe);
}
