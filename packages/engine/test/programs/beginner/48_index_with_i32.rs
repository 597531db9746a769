fn main() {
    let scores = [72, 85, 90, 66];
    let mut best: i32 = 0;
    for i in 0..4 {
        if scores[i] > scores[best] {
            best = i as i32;
        }
    }
    println!("best score at index {}", best);
}
