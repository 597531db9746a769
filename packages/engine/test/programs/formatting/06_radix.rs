fn main() {
    let n = 255;
    println!("decimal {}", n);
    println!("hex     {:x} {:X} {:#x} {:#X}", n, n, n, n);
    println!("octal   {:o} {:#o}", n, n);
    println!("binary  {:b} {:#b}", n, n);

    let flags: u8 = 0b0000_0101;
    println!("flags = {:08b}", flags);
    println!("flags = {:#010b}", flags);
    println!("addr  = {:#010x}", 0xBEEF);
    println!("addr  = {:08X}", 0xBEEFu32);
    println!("perm  = {:o}", 0o755);
    println!("[{:>6x}] [{:<6b}] [{:^#8o}]", 26, 5, 8);
}
