fn main() {
    let mut readings: Vec<f32> = Vec::with_capacity(2);
    println!("empty: len {} cap {}", readings.len(), readings.capacity());

    for r in [20.5, 21.0, 19.75, 22.25, 23.0] {
        readings.push(r);
        println!("pushed {:>5}: len {} cap {}", r, readings.len(), readings.capacity());
    }

    let avg: f32 = readings.iter().sum::<f32>() / readings.len() as f32;
    println!("average {:.2}", avg);
}
