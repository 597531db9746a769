// Building a String from pieces with extend and collect.
fn main() {
    let parts = vec!["mem", "ory", " ", "lay", "out"];
    let joined: String = parts.iter().copied().collect();
    println!("{:?} len={}", joined, joined.len());

    let mut shout = String::with_capacity(16);
    shout.extend(joined.chars().map(|c| c.to_ascii_uppercase()));
    println!("{:?} len={} cap={}", shout, shout.len(), shout.capacity());

    let initials: String = parts.iter().filter_map(|p| p.chars().next()).collect();
    println!("initials {:?} len={}", initials, initials.len());
}
