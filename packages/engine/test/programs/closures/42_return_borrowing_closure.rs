// Student attempt: forgot `move`.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

fn main() {
    let add3 = make_adder(3);
    println!("{}", add3(4));
}
