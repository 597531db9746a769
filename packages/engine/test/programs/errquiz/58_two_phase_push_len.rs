struct Ledger {
    entries: Vec<(usize, i64)>,
}

fn main() {
    let mut ledger = Ledger { entries: Vec::new() };
    for amount in [250, -75, 1200] {
        // the entry number is the current length
        ledger.entries.push((ledger.entries.len(), amount));
    }

    let mut ids: Vec<usize> = Vec::new();
    ids.push(ids.len());
    ids.push(ids.len() * 10);

    let last = &ledger.entries[0];
    ledger.entries.push((last.0 + 100, last.1));

    println!("{:?}", ledger.entries);
    println!("{:?}", ids);
}
