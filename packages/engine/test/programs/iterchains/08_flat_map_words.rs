fn main() {
    let lines = vec![
        "the quick brown fox",
        "jumps over",
        "the lazy dog",
    ];

    let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
    println!("{} words: {:?}", words.len(), words);

    let nested = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("flattened: {:?}", flat);

    let maybe = vec![Some(3), None, Some(7), None, Some(1)];
    let present: Vec<i32> = maybe.iter().flatten().copied().collect();
    println!("present: {:?}", present);
}
