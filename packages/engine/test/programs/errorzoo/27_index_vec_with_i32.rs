// Quiz: vectors are indexed by usize.
fn main() {
    let scores = vec![88, 92, 75, 60];
    let mut best_index: i32 = 0;
    for i in 1..scores.len() {
        if scores[i] > scores[best_index as usize] {
            best_index = i as i32;
        }
    }
    // The index is still an i32 here.
    println!("best score {} at {}", scores[best_index], best_index);
}
