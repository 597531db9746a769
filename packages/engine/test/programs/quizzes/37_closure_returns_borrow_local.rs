fn make_adder() -> impl Fn(i32) -> i32 {
    let base = 10;
    |x| x + base
}
fn main() {
    let f = make_adder();
    println!("{}", f(5));
}
