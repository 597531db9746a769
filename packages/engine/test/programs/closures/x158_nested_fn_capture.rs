fn main() {
    let rate = 2;
    fn scale(x: i32) -> i32 {
        x * rate
    }
    println!("{}", scale(5));
}
