// Add two matrices element by element.
fn add(a: &[Vec<f64>], b: &[Vec<f64>]) -> Vec<Vec<f64>> {
    a.iter()
        .zip(b.iter())
        .map(|(ra, rb)| ra.iter().zip(rb).map(|(x, y)| x + y).collect())
        .collect()
}

fn main() {
    let a = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let b = vec![vec![0.5, 0.5], vec![-1.0, 2.5]];
    let c = add(&a, &b);
    for row in &c {
        println!("{:?}", row);
    }
    println!("a still usable: {}", a[1][1]);
}
