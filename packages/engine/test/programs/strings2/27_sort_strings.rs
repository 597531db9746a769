fn main() {
    let mut names = vec![
        String::from("Margaret"),
        String::from("alan"),
        String::from("Grace"),
        String::from("Linus"),
        String::from("ada"),
    ];
    names.sort();
    println!("byte order: {:?}", names);

    names.sort_by(|a, b| b.cmp(a));
    println!("reverse:    {:?}", names);

    names.sort_by_key(|s| s.len());
    println!("by length:  {:?}", names);

    let mut words = vec!["pear", "fig", "banana", "kiwi", "apple"];
    words.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("len then alpha: {:?}", words);

    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {}", longest);
}
