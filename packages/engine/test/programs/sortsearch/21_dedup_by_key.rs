// dedup_by_key keeps the first element of each run with the same key.
fn main() {
    let mut emails = vec![
        "Alice@mail.com".to_string(),
        "alice@mail.com".to_string(),
        "bob@mail.com".to_string(),
        "BOB@mail.com".to_string(),
        "carol@mail.com".to_string(),
    ];
    emails.dedup_by_key(|e| e.to_lowercase());
    println!("{:?}", emails);

    let mut temps = vec![10, 12, 25, 27, 31, 8];
    temps.dedup_by_key(|t| *t / 10);
    println!("{:?}", temps);
}
