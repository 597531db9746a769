// i32::MIN / -1 does not fit in an i32.
fn ratio(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    let pairs = [(10, -1), (-10, 3), (i32::MIN, 2), (i32::MIN, -1)];
    for (a, b) in pairs {
        println!("{} / {} = {}", a, b, ratio(a, b));
    }
}
