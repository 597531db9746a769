fn main() {
    let scores = vec![55, 78, 91, 42, 66, 88, 39];

    let (passed, failed): (Vec<i32>, Vec<i32>) = scores.iter().partition(|&&s| s >= 60);
    println!("passed: {:?}", passed);
    println!("failed: {:?}", failed);

    let words = vec!["Apple", "banana", "Cherry", "date"];
    let (upper, lower): (Vec<&str>, Vec<&str>) = words
        .into_iter()
        .partition(|w| w.chars().next().map_or(false, |c| c.is_uppercase()));
    println!("capitalized: {:?}", upper);
    println!("lowercase: {:?}", lower);
}
