// kind: prints
// title: A closure that counts its calls
// tags: closures, mutable-borrow
// difficulty: 2
// mode: text
// ---
fn main() {
    let mut calls = 0;
    let mut tick = || {
        calls += 1;
        calls * 10
    };
    let a = tick();
    let b = tick();
    println!("{} {} {}", a, b, calls);
}
