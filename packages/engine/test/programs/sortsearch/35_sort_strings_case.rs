// Case-insensitive sort with a lowercase key.
fn main() {
    let mut names = vec!["bob", "Alice", "carol", "Dave", "alice"];
    names.sort();
    println!("byte order:       {:?}", names);
    names.sort_by_key(|s| s.to_lowercase());
    println!("case-insensitive: {:?}", names);
    names.sort_by_cached_key(|s| s.len());
    println!("by length:        {:?}", names);
}
