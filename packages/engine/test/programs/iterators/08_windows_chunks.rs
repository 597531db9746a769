fn main() {
    let readings = [3, 5, 8, 6, 4, 9, 12, 10];

    let moving_avg: Vec<f64> = readings
        .windows(3)
        .map(|w| w.iter().sum::<i32>() as f64 / 3.0)
        .collect();
    println!("3-point moving average: {:?}", moving_avg);

    let rising = readings.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rising steps: {}", rising);

    for (i, chunk) in readings.chunks(3).enumerate() {
        println!("batch {}: {:?} (sum {})", i, chunk, chunk.iter().sum::<i32>());
    }

    let pairs: Vec<(i32, i32)> = readings.chunks(2).map(|c| (c[0], c[1])).collect();
    println!("pairs: {:?}", pairs);
}
