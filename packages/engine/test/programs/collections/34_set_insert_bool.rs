use std::collections::HashSet;

fn main() {
    let mut seen: HashSet<i32> = HashSet::new();
    println!("empty: {}", seen.is_empty());

    // insert returns true if the value was new
    println!("insert 5: {}", seen.insert(5));
    println!("insert 7: {}", seen.insert(7));
    println!("insert 5 again: {}", seen.insert(5));

    let numbers = [3, 7, 3, 9, 5];
    let mut dupes = 0;
    for n in numbers {
        if !seen.insert(n) {
            dupes += 1;
        }
    }
    println!("duplicates: {}", dupes);
    println!("len: {}", seen.len());
}
