fn main() {
    let temps = vec![21.5, 23.0, 19.8, 25.1];

    let mut total = 0.0;
    for t in temps {
        total += t;
    }
    let avg = total / 4.0;

    let above: Vec<f64> = temps.iter().filter(|&&t| t > avg).cloned().collect();
    println!("average {:.2}, above average: {:?}", avg, above);
}
