fn main() {
    let add = |a, b| a + b;
    let f = |x| x * x;
    println!("{} {}", add(1.5, 2.0), f(3u8));
}
