fn main() {
    println!("{:+08.2}", 3.14159);
    println!("{:+08.2}", -3.14159);
    println!("{:08}", -7);
    println!("{:+06}", 42);
    println!("{:#06x}", 255);
    println!("{:#06b}", 5);
    println!("{:#010o}", 64);
    println!("{:<06}|", 12);
    println!("{:^06}|", 12);
    println!("{:08e}", 1234.5);
}
