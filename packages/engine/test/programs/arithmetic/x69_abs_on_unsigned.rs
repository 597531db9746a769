fn main() {
    let n: u32 = 6;
    let m: i32 = -6;
    println!("{} {}", m.abs(), n.abs());
}
