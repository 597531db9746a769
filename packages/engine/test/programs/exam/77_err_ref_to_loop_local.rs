fn main() {
    let mut labels: Vec<&str> = Vec::new();
    for i in 0..3 {
        let label = format!("item-{}", i);
        labels.push(&label);
    }
    println!("{:?}", labels);
}
