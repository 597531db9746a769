// Raw pointers are Copy: copying one does not move anything.
fn main() {
    let mut count = 0;
    let p1 = &mut count as *mut i32;
    let p2 = p1;
    let p3 = p2;
    unsafe {
        *p1 += 1;
        *p2 += 10;
        *p3 += 100;
    }
    println!("count = {}", count);
    println!("all equal: {}", p1 == p2 && p2 == p3);
}
