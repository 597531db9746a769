fn main() {
    let rgb = (255, 128, 0);
    println!("red = {}", rgb.0);
    println!("green = {}", rgb.1);
    println!("blue = {}", rgb.3);
}
