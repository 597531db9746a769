mod stats {
    pub fn average(scores: &[u32]) -> f64 {
        let sum: u32 = scores.iter().sum();
        sum / scores.len() as u32
    }

    pub fn spread(scores: &[u32]) -> u32 {
        scores.iter().max().unwrap() - scores.iter().min().unwrap()
    }
}

fn main() {
    let quiz = [7, 9, 10, 6, 8];
    println!("average: {}", stats::average(&quiz));
    println!("spread: {}", stats::spread(&quiz));
}
