use std::collections::HashSet;

fn main() {
    let rolls = vec![4, 2, 6, 2, 4, 4, 1];

    // collecting into a set drops duplicates
    let unique: HashSet<i32> = rolls.iter().cloned().collect();
    println!("rolls: {}", rolls.len());
    println!("unique: {}", unique.len());

    let mut sorted: Vec<i32> = unique.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);

    let tags = vec![String::from("rust"), String::from("go"), String::from("rust")];
    let tag_set: HashSet<String> = tags.into_iter().collect();
    let mut tag_list: Vec<&String> = tag_set.iter().collect();
    tag_list.sort();
    println!("{:?}", tag_list);
    println!("has go: {}", tag_set.contains("go"));
}
