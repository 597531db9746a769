fn main() {
    let scores = vec![72, 95, 48, 88, 61, 100, 39];
    let pass_mark = 60;

    let passed: Vec<i32> = scores.iter().filter(|&&s| s >= pass_mark).cloned().collect();
    let curved: Vec<i32> = scores.iter().map(|s| (s + 5).min(100)).collect();
    let labels: Vec<String> = scores
        .iter()
        .map(|&s| if s >= pass_mark { format!("{}:P", s) } else { format!("{}:F", s) })
        .collect();

    println!("passed: {:?}", passed);
    println!("curved: {:?}", curved);
    println!("labels: {}", labels.join(" "));
}
