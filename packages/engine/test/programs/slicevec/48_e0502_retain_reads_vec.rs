// A retain closure that reads the same vector it is filtering.
fn main() {
    let mut heights = vec![150, 172, 165, 181, 158];

    // Keep everyone taller than the first person.
    heights.retain(|&h| h > heights[0]);

    println!("{:?}", heights);
}
