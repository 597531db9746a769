// Mistake: a constant out-of-bounds index on an array is caught at compile time.
fn main() {
    let rgb = [255, 128, 0];
    println!("red = {}", rgb[0]);
    println!("alpha = {}", rgb[3]);
}
