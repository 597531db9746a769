fn main() {
    let color = 0.75_f64;
    let level = (color * 255.0) as u8;
    println!("level = {:#x}", level);
    println!("raw = {:x}", color);
}
