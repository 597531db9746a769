fn main() {
    let students = vec!["Ada", "Grace", "Linus", "Barbara"];
    let scores = vec![93, 88, 71, 99];

    for (rank, (name, score)) in students.iter().zip(scores.iter()).enumerate() {
        println!("{}. {:<8} {}", rank + 1, name, score);
    }

    let passed: Vec<&str> = students
        .iter()
        .zip(&scores)
        .filter(|(_, &s)| s >= 80)
        .map(|(n, _)| *n)
        .collect();
    println!("passed: {:?}", passed);

    let pairs: Vec<(usize, char)> = "rust".chars().enumerate().collect();
    println!("{:?}", pairs);
}
