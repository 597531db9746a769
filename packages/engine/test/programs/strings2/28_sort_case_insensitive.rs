// Case-insensitive sorting: compare lowercase copies.
fn main() {
    let mut langs = vec!["rust", "Python", "go", "C", "haskell", "Ada", "ocaml"];
    let mut plain = langs.clone();
    plain.sort();
    println!("plain:            {:?}", plain);

    langs.sort_by_key(|s| s.to_lowercase());
    println!("case-insensitive: {:?}", langs);

    let mut cities = vec![
        "zürich".to_string(),
        "Amsterdam".to_string(),
        "berlin".to_string(),
        "Zagreb".to_string(),
    ];
    cities.sort_by(|a, b| a.to_lowercase().cmp(&b.to_lowercase()));
    println!("{:?}", cities);

    let mut dupes = vec!["b", "B", "a", "A"];
    dupes.sort_by_key(|s| s.to_ascii_lowercase());
    println!("stable: {:?}", dupes);

    dupes.dedup_by_key(|s| s.to_ascii_lowercase());
    println!("deduped: {:?}", dupes);
}
