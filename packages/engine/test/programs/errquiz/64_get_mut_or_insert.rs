use std::collections::HashMap;

fn main() {
    let sales = ["tea", "coffee", "tea", "cake", "tea", "coffee"];
    let mut tally: HashMap<&str, u32> = HashMap::new();

    for item in sales {
        match tally.get_mut(item) {
            Some(count) => *count += 1,
            None => {
                tally.insert(item, 1);
            }
        }
    }

    let mut rows: Vec<_> = tally.into_iter().collect();
    rows.sort();
    for (item, n) in rows {
        println!("{:<7}{}", item, n);
    }
}
