// Exercise: a *const pointer is not a *mut pointer.
fn main() {
    let mut level = 3;
    let p: *mut i32 = &level as *const i32;
    unsafe {
        *p = 4;
    }
    level += 1;
    println!("level = {}", level);
}
