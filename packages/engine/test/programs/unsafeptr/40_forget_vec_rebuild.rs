use std::mem;

// Take a Vec apart into (ptr, len, capacity) and rebuild it.
fn main() {
    let mut v = vec![10u8, 20, 30];
    v.reserve(5);
    let ptr = v.as_mut_ptr();
    let len = v.len();
    let cap = v.capacity();
    mem::forget(v);

    let rebuilt = unsafe { Vec::from_raw_parts(ptr, len, cap) };
    println!("rebuilt = {:?}", rebuilt);
    println!("capacity kept: {}", rebuilt.capacity() == cap);
}
