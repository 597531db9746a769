// iterators4/5: factorial without loops, and counting with iterator adapters.
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Progress {
    None,
    Some,
    Complete,
}

fn factorial(num: u64) -> u64 {
    (1..=num).product()
}

fn count_iterator(map: &HashMap<String, Progress>, value: Progress) -> usize {
    map.values().filter(|v| **v == value).count()
}

fn count_collection_iterator(collection: &[HashMap<String, Progress>], value: Progress) -> usize {
    collection.iter().map(|map| count_iterator(map, value)).sum()
}

fn main() {
    for n in [0, 1, 2, 4, 10] {
        println!("{}! = {}", n, factorial(n));
    }

    let mut week1 = HashMap::new();
    week1.insert(String::from("variables1"), Progress::Complete);
    week1.insert(String::from("functions1"), Progress::Complete);
    week1.insert(String::from("hashmap1"), Progress::Some);
    let mut week2 = HashMap::new();
    week2.insert(String::from("arc1"), Progress::Some);
    week2.insert(String::from("as_ref_mut"), Progress::None);
    week2.insert(String::from("from_str"), Progress::Complete);

    let all = vec![week1, week2];
    println!("complete: {}", count_collection_iterator(&all, Progress::Complete));
    println!("some:     {}", count_collection_iterator(&all, Progress::Some));
    println!("none:     {}", count_collection_iterator(&all, Progress::None));
}
