fn main() {
    let mut nums = vec![42, -7, 13, 0, 99, -7, 5];
    nums.sort_unstable();
    println!("ascending: {:?}", nums);

    nums.sort_unstable_by(|a, b| b.cmp(a));
    println!("descending: {:?}", nums);

    let mut words = vec!["banana", "Apple", "cherry", "apple", "Banana"];
    words.sort_unstable_by(|a, b| a.to_lowercase().cmp(&b.to_lowercase()).then(a.cmp(b)));
    println!("case-insensitive: {:?}", words);

    let mut pairs = vec![(3, 'c'), (1, 'z'), (2, 'b'), (1, 'a')];
    pairs.sort_unstable_by_key(|&(n, ch)| (n, ch));
    println!("pairs: {:?}", pairs);
}
