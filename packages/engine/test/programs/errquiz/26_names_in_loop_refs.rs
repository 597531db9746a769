fn main() {
    let mut labels: Vec<&str> = Vec::new();

    for level in 1..=3 {
        let label = format!("Level {}", level);
        labels.push(&label);
    }

    for l in &labels {
        println!("{}", l);
    }
}
