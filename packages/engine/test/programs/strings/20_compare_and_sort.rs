use std::cmp::Ordering;

fn main() {
    let a = "apple";
    let b = "Banana";
    println!("{} < {} ? {}", a, b, a < b); // uppercase sorts before lowercase
    println!("cmp: {:?}", a.cmp(b));
    println!("ignoring case: {:?}", a.to_lowercase().cmp(&b.to_lowercase()));

    let mut fruits = vec!["pear", "Apple", "banana", "cherry", "apple", "Date"];
    fruits.sort();
    println!("default sort: {:?}", fruits);

    fruits.sort_by_key(|s| s.to_lowercase());
    println!("case-insensitive: {:?}", fruits);

    fruits.sort_by(|x, y| match x.len().cmp(&y.len()) {
        Ordering::Equal => x.cmp(y),
        other => other,
    });
    println!("by length then alpha: {:?}", fruits);

    let mut owned: Vec<String> = fruits.iter().map(|s| s.to_string()).collect();
    owned.sort_by(|x, y| y.cmp(x));
    owned.dedup_by(|x, y| x.eq_ignore_ascii_case(y));
    println!("reverse, deduped: {:?}", owned);

    let longest = fruits.iter().max_by_key(|s| s.len()).unwrap();
    println!("longest: {}", longest);
}
