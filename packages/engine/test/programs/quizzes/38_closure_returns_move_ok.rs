fn make_adder() -> impl Fn(i32) -> i32 {
    let base = 10;
    move |x| x + base
}
fn main() {
    let f = make_adder();
    println!("{} {}", f(5), f(7));
}
