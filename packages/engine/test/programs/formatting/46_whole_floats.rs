fn main() {
    let xs = [1.0_f64, 10.0, 100.0, 1e7, -3.0, 0.0];
    for x in xs {
        println!("Display {} / Debug {:?}", x, x);
    }
    let avg = (3 + 4 + 5) as f64 / 3.0;
    println!("avg = {}", avg);
    println!("avg = {:?}", avg);
    println!("{}", 7.0_f32);
    println!("{:?}", 7.0_f32);
    println!("{:?}", vec![1.0, 2.5, 3.0]);
    println!("{}", 5.0_f64 * 0.5);
    println!("{}", 2.0_f64.powi(60));
    println!("{:?}", 2.0_f64.powi(60));
}
