// Formatted print: positional and named arguments, width, fill, alignment,
// precision and number bases.
fn main() {
    println!("{0}, this is {1}. {1}, this is {0}.", "Alice", "Bob");
    println!("{subject} {verb} {object}", object = "the lazy dog", subject = "the quick brown fox", verb = "jumps over");

    let pi = 3.141592;
    println!("pi is roughly {:.3}", pi);
    println!("[{:>8.2}]", pi);
    println!("[{:<8.2}]", pi);
    println!("[{:^8.2}]", pi);
    println!("[{:+.1}]", pi);

    let width = 6;
    let number = 42;
    println!("[{:>width$}]", number);
    println!("[{:>1$}]", number, width);
    println!("[{:0>5}]", number);
    println!("[{:*<7}]", "ab");
    println!("[{:-^11}]", "mid");
    println!("[{:05}]", -7);

    println!("binary {:b}, padded {:08b}", 10, 10);
    println!("octal {:o}, hex {:x}, HEX {:X}", 64, 255, 255);
    println!("with prefix {:#x} {:#b} {:#010x}", 255, 5, 255);
    println!("scientific {:e}", 1234.5);

    let name = "Ferris";
    let age = 7;
    println!("{name} is {age} years old, {age:>4}!");
    println!("{{ braces }} are escaped");
    let s = format!("{:>6}|{:<6}|", "r", "l");
    println!("{} (len {})", s, s.len());
}
