fn main() {
    let s: String = 'x'.into();
    let n: u32 = 'A'.into();
    let b: u64 = 'é'.into();
    println!("{} {} {}", s, n, b);
    let bad: u8 = 'z'.into();
    println!("{}", bad);
}
