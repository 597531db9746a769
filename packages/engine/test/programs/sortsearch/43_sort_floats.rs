// Mistake: f64 does not implement Ord, so sort() is not available.
fn main() {
    let mut heights = vec![1.72, 1.85, 1.60, 1.78];
    heights.sort();
    println!("shortest: {}", heights[0]);
}
