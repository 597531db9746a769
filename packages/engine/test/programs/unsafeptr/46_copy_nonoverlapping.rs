use std::ptr;

// copy_nonoverlapping is memcpy: count is in elements, not bytes.
fn main() {
    let source = [1u32, 2, 3, 4, 5];
    let mut dest = [0u32; 5];
    unsafe {
        ptr::copy_nonoverlapping(source.as_ptr().add(1), dest.as_mut_ptr(), 3);
    }
    println!("dest = {:?}", dest);

    // ptr::copy allows overlap, like memmove.
    let mut buf = [1, 2, 3, 4, 5, 6];
    let p = buf.as_mut_ptr();
    unsafe {
        ptr::copy(p, p.add(2), 4);
    }
    println!("buf = {:?}", buf);
}
