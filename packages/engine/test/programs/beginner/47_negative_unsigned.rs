fn main() {
    let offset: u32 = -5;
    let position: u32 = 100;
    println!("{}", position + offset);
}
