fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    for n in [0, 1, 5, 10] {
        println!("{}! = {}", n, factorial(n));
    }

    let grades = [88.5, 92.0, 79.5, 95.0];
    println!("mean = {:.2}", mean(&grades));

    let squares: i32 = (1..=10).map(|x| x * x).sum();
    println!("sum of squares 1..10 = {}", squares);

    let growth = [1.05_f64, 1.10, 0.97];
    let total: f64 = growth.iter().product();
    println!("total growth = {:.4}", total);
}
