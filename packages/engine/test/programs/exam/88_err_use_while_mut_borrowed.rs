fn main() {
    let mut balance = 100;
    let r = &mut balance;
    let doubled = balance * 2;
    *r -= 30;
    println!("{} {}", doubled, balance);
}
