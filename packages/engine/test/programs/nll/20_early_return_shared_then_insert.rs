// Returning an owned copy from the first lookup avoids the
// "borrow crosses the insert" problem entirely.
use std::collections::HashMap;

fn price_of(table: &mut HashMap<&'static str, u32>, item: &'static str) -> u32 {
    if let Some(p) = table.get(item) {
        return *p; // copied out: no borrow escapes
    }
    let guess = item.len() as u32 * 3;
    table.insert(item, guess);
    guess
}

fn main() {
    let mut table = HashMap::new();
    table.insert("tea", 4);
    let items = ["tea", "cake", "tea", "scone", "cake"];
    let total: u32 = items.iter().map(|it| price_of(&mut table, it)).sum();
    println!("total = {}", total);

    let mut rows: Vec<_> = table.into_iter().collect();
    rows.sort();
    println!("{:?}", rows);
}
