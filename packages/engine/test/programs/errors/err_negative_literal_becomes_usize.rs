fn main() {
    let r: usize = 2;
    for d in -1..=1 {
        println!("{}", r + d);
    }
}
