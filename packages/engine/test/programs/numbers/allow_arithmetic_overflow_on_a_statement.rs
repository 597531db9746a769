fn main() {
    #[allow(arithmetic_overflow)]
    let x: u8 = 255 + 1;
    println!("{}", x);
}
