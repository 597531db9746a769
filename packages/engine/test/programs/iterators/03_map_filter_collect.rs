fn main() {
    let temps_celsius = vec![-5.0, 0.0, 12.5, 21.0, 30.0, 37.5];

    let temps_f: Vec<f64> = temps_celsius.iter().map(|c| c * 9.0 / 5.0 + 32.0).collect();
    println!("Fahrenheit: {:?}", temps_f);

    let warm: Vec<&f64> = temps_celsius.iter().filter(|&&c| c > 20.0).collect();
    println!("warm days: {:?}", warm);

    let squares: Vec<i32> = (1..=10).map(|x| x * x).filter(|x| x % 2 == 1).collect();
    println!("odd squares: {:?}", squares);

    let count = temps_celsius.iter().filter(|c| **c < 0.0).count();
    println!("freezing days: {}", count);
}
