fn main() {
    let mut labels: Vec<&String> = Vec::new();
    for i in 1..=3 {
        let label = format!("item-{}", i);
        labels.push(&label);
    }
    println!("{:?}", labels);
}
