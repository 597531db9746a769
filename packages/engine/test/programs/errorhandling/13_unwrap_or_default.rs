fn main() {
    let raw = vec!["3", "", "7", "x9", "12"];

    let parsed: Vec<i32> = raw.iter().map(|s| s.parse::<i32>().unwrap_or_default()).collect();
    println!("with defaults: {:?}", parsed);

    let names: Vec<Option<String>> = vec![Some("rust".to_string()), None, Some("ferris".to_string())];
    let upper: Vec<String> = names.into_iter().map(|n| n.unwrap_or_default().to_uppercase()).collect();
    println!("names: {:?}", upper);

    let lookup = |key: &str| -> Option<Vec<u8>> {
        if key == "bytes" { Some(vec![1, 2, 3]) } else { None }
    };
    println!("bytes: {:?}", lookup("bytes").unwrap_or_default());
    println!("other: {:?}", lookup("other").unwrap_or_default());

    let total: i32 = parsed.iter().sum();
    println!("total = {}", total);
}
