// Writing through a *mut pointer changes the original variable.
fn main() {
    let mut score: i32 = 10;
    let p = &mut score as *mut i32;
    unsafe {
        *p += 5;
        *p *= 2;
    }
    println!("score after writes through p: {}", score);
}
