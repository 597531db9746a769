// Raw pointers can be created in safe code but only dereferenced in unsafe blocks.
fn main() {
    let mut level = 5;

    let r1 = &level as *const i32;
    let r2 = &mut level as *mut i32;

    unsafe {
        println!("r1 is: {}", *r1);
        *r2 += 10;
        println!("r2 after write: {}", *r2);
        println!("r1 sees the change: {}", *r1);
    }
    println!("level = {}", level);

    let readings = [1.5, 2.5, 4.0];
    let base = readings.as_ptr();
    let mut total = 0.0;
    for i in 0..readings.len() {
        total += unsafe { *base.add(i) };
    }
    println!("sum via pointer arithmetic: {}", total);
    println!("null pointer is_null: {}", std::ptr::null::<u8>().is_null());
}
