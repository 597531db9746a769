use std::ptr;

// ptr::read copies the bits out; ptr::write stores without dropping the old value.
fn main() {
    let mut total: u64 = 100;
    let p = &mut total as *mut u64;
    unsafe {
        let old = ptr::read(p);
        ptr::write(p, old + 23);
    }
    println!("total = {}", total);

    let pair = (3, 'z');
    let copy = unsafe { ptr::read(&pair as *const (i32, char)) };
    println!("copy = {:?}, original = {:?}", copy, pair);
}
