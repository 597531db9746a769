fn main() {
    let n: u32 = 173;
    println!("decimal: {}", n);
    println!("binary:  {:b}", n);
    println!("octal:   {:o}", n);
    println!("hex:     {:x}", n);
    println!("HEX:     {:X}", n);
    println!("with prefix: {:#b} {:#o} {:#x} {:#X}", n, n, n, n);
    println!("padded:  {:08b}", 5u8);
    println!("padded:  {:#010b}", 5u8);
    println!("padded:  {:04x}", 255);
    println!("padded:  {:#06x}", 255);
    println!("negative as hex: {:x}", -1i8);
    println!("negative as bin: {:b}", -2i16);

    println!("{:>4} {:>10} {:>4}", "dec", "bin", "hex");
    for i in [0u8, 1, 7, 8, 15, 16, 127, 255] {
        println!("{:>4} {:>10} {:>4}", i, format!("{:08b}", i), format!("{:02X}", i));
    }
    let color = (255u8, 128u8, 0u8);
    println!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2);
}
