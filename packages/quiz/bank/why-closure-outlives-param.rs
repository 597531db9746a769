// kind: why
// title: Returning a closure that borrows a parameter
// tags: closures, lifetimes
// difficulty: 3
// ---
fn adder(offset: i32) -> impl Fn(i32) -> i32 {
    |x| x + offset
}

fn main() {
    let add3 = adder(3);
    println!("{}", add3(4));
}
