use std::collections::HashMap;

fn main() {
    let mut tally: HashMap<char, u32> = HashMap::new();
    for c in "banana".chars() {
        *tally.entry(c).or_insert(0) += 1;
    }
    println!("distinct letters: {}", tally.len());

    let a_count = tally.entry('a').or_insert(0);
    // start over, but a_count still points into the map
    tally.clear();
    *a_count += 1;

    println!("a: {}", a_count);
    println!("len: {}", tally.len());
}
