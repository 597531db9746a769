// Returning a tuple of two borrows from one input.
fn split_key_value(line: &str) -> (&str, &str) {
    match line.split_once(':') {
        Some((k, v)) => (k.trim(), v.trim()),
        None => (line.trim(), ""),
    }
}

fn main() {
    let lines = vec![
        String::from("name: Ferris"),
        String::from("species : crab"),
        String::from("orphan"),
    ];
    let pairs: Vec<(&str, &str)> = lines.iter().map(|l| split_key_value(l)).collect();
    for (k, v) in &pairs {
        println!("{:<8}|{}", k, v);
    }
}
