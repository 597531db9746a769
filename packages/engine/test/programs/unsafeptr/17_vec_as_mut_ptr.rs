// Fill a Vec through its raw buffer pointer.
fn main() {
    let mut squares = vec![0u32; 6];
    let p = squares.as_mut_ptr();
    for i in 0..squares.len() {
        unsafe {
            *p.add(i) = (i * i) as u32;
        }
    }
    println!("{:?}", squares);
}
