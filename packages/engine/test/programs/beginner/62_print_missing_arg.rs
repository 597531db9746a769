fn main() {
    let width = 8;
    let height = 3;
    println!("A {}x{} rectangle has area {}", width, height);
}
