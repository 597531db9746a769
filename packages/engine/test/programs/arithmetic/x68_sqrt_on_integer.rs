fn main() {
    let area: i32 = 49;
    let side = area.sqrt();
    println!("{}", side);
}
