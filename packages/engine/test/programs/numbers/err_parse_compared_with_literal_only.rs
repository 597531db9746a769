fn main() {
    let n = "5".parse().unwrap();
    if n > 3 {}
}
