fn main() {
    let classes = vec![
        vec!["alice", "bob"],
        vec!["carol"],
        vec![],
        vec!["dave", "erin", "frank"],
    ];

    let everyone: Vec<&str> = classes.iter().flatten().copied().collect();
    println!("{:?}", everyone);

    let sentences = ["the quick fox", "jumps over", "the lazy dog"];
    let words: Vec<&str> = sentences.iter().flat_map(|s| s.split(' ')).collect();
    println!("{} words: {:?}", words.len(), words);

    let letters: Vec<char> = words.iter().flat_map(|w| w.chars()).filter(|c| "aeiou".contains(*c)).collect();
    println!("vowels: {}", letters.iter().collect::<String>());

    let maybe: Vec<Option<i32>> = vec![Some(1), None, Some(3), None, Some(5)];
    let present: Vec<i32> = maybe.into_iter().flatten().collect();
    println!("present: {:?}", present);

    let table: Vec<(i32, i32)> = (1..=3).flat_map(|a| (1..=2).map(move |b| (a, b))).collect();
    println!("{:?}", table);
}
