// Integer division pitfall when computing an average.

fn average_wrong(scores: &[u32]) -> u32 {
    scores.iter().sum::<u32>() / scores.len() as u32
}

fn average_right(scores: &[u32]) -> f64 {
    scores.iter().sum::<u32>() as f64 / scores.len() as f64
}

fn letter(avg: f64) -> char {
    match avg.round() as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let students = [
        ("Maya", vec![89, 90, 90]),
        ("Omar", vec![70, 71, 72, 80]),
        ("Lena", vec![59, 60]),
    ];
    for (name, scores) in students.iter() {
        let w = average_wrong(scores);
        let r = average_right(scores);
        println!("{:<5} integer avg {:>3}, real avg {:>6.2}, grade {}", name, w, r, letter(r));
    }
    println!("7 / 2 = {}, 7.0 / 2.0 = {}, 7 as f64 / 2.0 = {}", 7 / 2, 7.0 / 2.0, 7 as f64 / 2.0);
}
