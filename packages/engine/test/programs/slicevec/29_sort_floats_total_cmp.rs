// Sorting a Vec<f64>: use sort_by with total_cmp or partial_cmp.
fn median(values: &mut Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

fn main() {
    let mut heights: Vec<f64> = vec![1.82, 1.65, 1.74, 1.90, 1.58];
    heights.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("ascending: {:?}", heights);

    heights.sort_by(|a, b| b.total_cmp(a));
    println!("descending: {:?}", heights);

    let mut times = vec![9.5, 10.25, 9.75, 11.0];
    println!("median time: {}", median(&mut times));

    // Sort structs by a float field.
    let mut runners: Vec<(&str, f64)> = vec![("Eve", 12.4), ("Dan", 11.9), ("Sam", 12.1)];
    runners.sort_by(|a, b| a.1.total_cmp(&b.1));
    for (place, (name, t)) in runners.iter().enumerate() {
        println!("{}. {} {:.1}s", place + 1, name, t);
    }
}
