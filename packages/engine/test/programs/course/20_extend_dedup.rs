// Lab 6, exercise 5: extend_from_slice and dedup.
// dedup only removes *consecutive* duplicates, so sort first for a full dedup.

fn main() {
    let mut log: Vec<u8> = Vec::new();
    let chunks: [&[u8]; 3] = [&[3, 3, 1], &[1, 1, 4], &[4, 2, 3]];
    for chunk in chunks {
        log.extend_from_slice(chunk);
        println!("after extend: {:?} (len {}, cap {})", log, log.len(), log.capacity());
    }

    let mut consecutive = log.clone();
    consecutive.dedup();
    println!("dedup:          {:?}", consecutive);

    let mut unique = log.clone();
    unique.sort_unstable();
    unique.dedup();
    println!("sort + dedup:   {:?}", unique);

    // dedup_by_key keeps the first of each run with the same key.
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry", "apricot"];
    words.dedup_by_key(|w| w.chars().next().unwrap());
    println!("by first letter: {:?}", words);

    // extend with an iterator of owned values
    let mut names: Vec<String> = vec!["ann".to_string()];
    names.extend(["bob", "cid"].iter().map(|s| s.to_uppercase()));
    names.extend_from_slice(&["dee".to_string()]);
    println!("names: {:?}", names);
}
