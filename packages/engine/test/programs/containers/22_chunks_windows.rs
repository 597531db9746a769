fn main() {
    let data = [3, 8, 1, 9, 4, 7, 2];

    println!("chunks of 3:");
    for chunk in data.chunks(3) {
        let sum: i32 = chunk.iter().sum();
        println!("  {:?} sum={}", chunk, sum);
    }

    println!("moving average (window 3):");
    for w in data.windows(3) {
        let avg = w.iter().sum::<i32>() as f64 / 3.0;
        println!("  {:?} -> {:.2}", w, avg);
    }

    let increasing = data.windows(2).filter(|p| p[1] > p[0]).count();
    println!("increases: {}", increasing);

    let bytes = b"ABCDEFGH";
    let pairs: Vec<String> = bytes.chunks_exact(2).map(|c| format!("{}{}", c[1] as char, c[0] as char)).collect();
    println!("swapped pairs: {}", pairs.join("-"));
}
