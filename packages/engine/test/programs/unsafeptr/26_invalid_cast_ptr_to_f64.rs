// Quiz: which cast is not allowed?
fn main() {
    let x = 10i32;
    let p = &x as *const i32;
    let f = p as f64;
    println!("{}", f);
}
