fn main() {
    let raw = vec!["  alice ", "bob  ", " carol"];

    let names: Vec<String> = raw.iter().map(|s| s.trim()).collect();

    for name in &names {
        println!("hello, {}", name);
    }
}
