fn main() {
    let line = String::from("Alice Bob CAROL dave");

    let names: Vec<&str> = line.to_lowercase().split(' ').collect();

    let mut count = 0;
    for n in &names {
        if n.starts_with('a') || n.starts_with('d') {
            count += 1;
        }
    }
    println!("{:?} -> {} match", names, count);
}
