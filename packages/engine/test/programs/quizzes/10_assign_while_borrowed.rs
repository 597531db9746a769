fn main() {
    let mut x = 10;
    let r = &x;
    x = 20;
    println!("{} {}", r, x);
}
