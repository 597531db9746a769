fn set(x: &i32) {
    *x = 5;
}
fn main() {
    let mut n = 1;
    set(&n);
    println!("{}", n);
}
