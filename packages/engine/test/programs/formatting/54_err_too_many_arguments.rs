fn main() {
    let width = 12;
    let height = 5;
    let area = width * height;
    println!("Rectangle {}x{}", width, height);
    println!("Area: {}", area, width);
}
