// Exercise: the call site is missing something.
unsafe fn double_at(p: *mut i32) {
    *p *= 2;
}

fn main() {
    let mut x = 21;
    double_at(&mut x as *mut i32);
    println!("x = {}", x);
}
