// Exercise: why does this not compile?
fn main() {
    let x = 5;
    let p = &x as *const i32;
    let y = *p + 1;
    println!("y = {}", y);
}
