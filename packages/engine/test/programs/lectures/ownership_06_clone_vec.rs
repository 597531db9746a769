// Cloning a Vec<String> clones every String.
fn shout(v: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    for s in v {
        out.push(s.to_uppercase());
    }
    out
}

fn main() {
    let names = vec![
        String::from("ada"),
        String::from("grace"),
        String::from("linus"),
    ];
    let loud = shout(names.clone());
    println!("original: {:?}", names);
    println!("loud: {:?}", loud);

    let mut copy = names.clone();
    copy[0].push_str(" lovelace");
    copy.push(String::from("barbara"));
    println!("names still has {} items: {:?}", names.len(), names);
    println!("copy has {} items: {:?}", copy.len(), copy);

    let first = copy[0].clone();
    println!("first of copy: {}", first);
    let total: usize = copy.iter().map(|s| s.len()).sum();
    println!("total length: {}", total);
}
