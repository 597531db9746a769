// Exercise: shout every name, then report the total length of the originals.
fn shout_all(names: Vec<String>) -> Vec<String> {
    names.into_iter().map(|n| n.to_uppercase()).collect()
}

fn main() {
    let names = vec![String::from("ada"), String::from("grace"), String::from("linus")];
    let copy = names.clone();
    let shouted = shout_all(copy);
    println!("{:?}", shouted);
    let mut upper = Vec::new();
    for n in names {
        upper.push(n.to_uppercase() + "!");
    }
    println!("{:?}", upper);
    let total: usize = names.iter().map(|n| n.len()).sum();
    println!("total {}", total);
    let first = upper.first().cloned().unwrap_or_default();
    println!("first {}", first);
    println!("count {}", upper.len());
}
