use std::collections::BTreeMap;

fn main() {
    let ages = [23, 35, 41, 19, 28, 33, 67, 52, 45, 38, 29, 71, 18];
    let mut buckets: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for &a in &ages {
        let decade = a / 10 * 10;
        buckets.entry(decade).or_default().push(a);
    }

    for (decade, members) in &buckets {
        println!("{}-{}: {}", decade, decade + 9, "#".repeat(members.len()));
    }

    let under_40: usize = buckets.range(..40).map(|(_, v)| v.len()).sum();
    println!("under 40: {}", under_40);

    let mut middle = buckets.range(30..=50);
    println!("first bucket in 30..=50: {:?}", middle.next());
    println!("last bucket overall: {:?}", buckets.last_key_value());
    let popped = buckets.pop_first();
    println!("popped: {:?}, {} buckets left", popped, buckets.len());
}
