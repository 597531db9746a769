use std::mem;

// Quiz: what does the compiler say here?
fn main() {
    let n: u32 = 258;
    let bytes: [u8; 2] = unsafe { mem::transmute(n) };
    println!("{:?}", bytes);
}
