fn main() {
    let temps = [12.5, 14.0, 19.5, 23.0, 17.25, 9.0];
    let threshold = 20.0;

    let any_hot = temps.iter().any(|&t| t > threshold);
    let all_positive = temps.iter().all(|t| *t > 0.0);
    let first_hot = temps.iter().position(|&t| t > threshold);
    let first_cold = temps.iter().find(|&&t| t < 10.0);
    let count_mild = temps.iter().filter(|t| **t >= 12.0 && **t <= 18.0).count();

    println!("any above {}: {}", threshold, any_hot);
    println!("all positive: {}", all_positive);
    println!("first hot day index: {:?}", first_hot);
    println!("first cold reading: {:?}", first_cold);
    println!("mild days: {}", count_mild);

    let max = temps.iter().cloned().fold(f64::MIN, f64::max);
    println!("max: {}", max);
}
