fn largest<'a>(items: &'a [i32]) -> &'a i32 {
    let mut best = &items[0];
    for it in items {
        if it > best {
            best = it;
        }
    }
    best
}

fn longest_name<'a>(names: &'a [String], min: usize) -> Option<&'a String> {
    names.iter().filter(|n| n.len() >= min).max_by_key(|n| n.len())
}

fn main() {
    let nums = vec![3, 9, 2, 7];
    let big = largest(&nums);
    println!("largest = {}", big);
    let names = vec![String::from("Tom"), String::from("Beatrice"), String::from("Li")];
    println!("{:?}", longest_name(&names, 3));
    println!("{:?}", longest_name(&names, 20));
}
