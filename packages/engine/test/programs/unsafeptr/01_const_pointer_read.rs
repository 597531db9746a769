// A raw pointer is just an address; reading through it needs `unsafe`.
fn main() {
    let x: i32 = 42;
    let p = &x as *const i32;
    let value = unsafe { *p };
    println!("read through the raw pointer: {}", value);
    println!("x is still usable: {}", x);
}
