fn main() {
    let mut heights = vec![1.82, 1.65, 1.91, 1.74];
    heights.sort();
    println!("shortest {} tallest {}", heights[0], heights[heights.len() - 1]);
}
