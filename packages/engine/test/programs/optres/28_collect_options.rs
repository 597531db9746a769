fn main() {
    let inventory = vec![("apple", 3), ("pear", 0), ("plum", 7)];
    let wanted = ["apple", "plum"];
    let missing = ["apple", "kiwi"];

    let lookup = |name: &str| inventory.iter().find(|(n, _)| *n == name).map(|(_, q)| *q);

    let found: Option<Vec<i32>> = wanted.iter().map(|w| lookup(w)).collect();
    println!("wanted: {:?}", found);

    let not_found: Option<Vec<i32>> = missing.iter().map(|w| lookup(w)).collect();
    println!("missing: {:?}", not_found);

    let total: Option<i32> = wanted.iter().map(|w| lookup(w)).sum();
    println!("total wanted = {:?}", total);
    let total_missing: Option<i32> = missing.iter().map(|w| lookup(w)).sum();
    println!("total missing = {:?}", total_missing);
}
