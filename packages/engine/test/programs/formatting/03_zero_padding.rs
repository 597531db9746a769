fn main() {
    let values = [3.14159_f64, -2.5, 0.0, 123.456789];
    for v in values {
        println!("{:08.3}", v);
    }
    println!("{:05}", 42);
    println!("{:05}", -42);
    println!("{:03}", 7u8);
    println!("{:02}:{:02}:{:02}", 9, 5, 3);
    // Zero padding is ignored for strings? No: '0' flag only applies to numbers,
    // so use an explicit fill for text.
    println!("{:0>5}", "ab");
    println!("{:010.2}", -1.005_f64);
}
