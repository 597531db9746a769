fn main() {
    let values = [0u32, 7, 42, 255, 1024];
    println!("{:>6} {:>12} {:>6} {:>8} {:>6}", "dec", "binary", "octal", "hex", "HEX");
    for v in values {
        println!("{:>6} {:>12b} {:>6o} {:>#8x} {:>6X}", v, v, v, v, v);
    }

    let byte: u8 = 0b1010_0101;
    println!("padded bits: {:08b}", byte);
    println!("with prefix: {:#010b}", byte);

    let pi = std::f64::consts::PI;
    println!("{:.0} {:.2} {:.5} {:10.3}|", pi, pi, pi, pi);
    println!("{:e}", 1234.5f64);
    println!("{:+.1} {:+.1}", 2.25f64, -2.25f64);

    let rgb = (255u8, 128u8, 0u8);
    let hex = format!("#{:02x}{:02x}{:02x}", rgb.0, rgb.1, rgb.2);
    println!("color: {}", hex);
    let parsed = u8::from_str_radix(&hex[3..5], 16).unwrap();
    println!("green channel back: {}", parsed);
}
