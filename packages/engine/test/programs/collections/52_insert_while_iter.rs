use std::collections::HashMap;

fn main() {
    let mut squares: HashMap<i32, i32> = HashMap::new();
    for n in 1..=3 {
        squares.insert(n, n * n);
    }

    // add a new entry for every small square while looping over the map
    for (n, sq) in &squares {
        if *sq < 5 {
            squares.insert(n * 10, sq * n);
        }
    }

    println!("entries: {}", squares.len());
}
