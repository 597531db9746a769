fn main() {
    let mut visitors = vec!["bob", "alice", "carol", "bob", "alice", "dave", "bob"];
    visitors.sort();
    visitors.dedup();
    println!("unique visitors: {:?}", visitors);

    let mut rolls = vec![4, 2, 6, 2, 2, 5, 4, 1];
    rolls.sort_unstable();
    println!("sorted rolls: {:?}", rolls);
    rolls.dedup();
    println!("distinct rolls: {:?} ({} kinds)", rolls, rolls.len());

    let mut names = vec!["Zoe", "adam", "Bea", "ADAM", "zoe"];
    names.sort_by_key(|n| n.to_lowercase());
    names.dedup_by_key(|n| n.to_lowercase());
    println!("case-insensitive unique: {:?}", names);
}
