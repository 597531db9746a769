fn main() {
    let r = 2.5;
    println!("{}", r.powi(2));
}
