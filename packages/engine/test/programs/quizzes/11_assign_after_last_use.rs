fn main() {
    let mut x = 10;
    let r = &x;
    println!("r = {}", r);
    x = 20;
    println!("x = {}", x);
}
