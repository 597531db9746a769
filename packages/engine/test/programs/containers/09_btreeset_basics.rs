use std::collections::BTreeSet;

fn main() {
    let mut tags = BTreeSet::new();
    for t in ["rust", "memory", "ownership", "rust", "borrowing", "memory"] {
        let fresh = tags.insert(t);
        if !fresh {
            println!("duplicate: {}", t);
        }
    }
    println!("{:?}", tags);
    println!("first = {:?}, last = {:?}", tags.first(), tags.last());
    println!("contains 'ownership': {}", tags.contains("ownership"));

    let nums: BTreeSet<i32> = [9, 2, 7, 4, 4, 1].into_iter().collect();
    let small: Vec<&i32> = nums.range(..5).collect();
    println!("nums = {:?}, below 5 = {:?}", nums, small);
}
