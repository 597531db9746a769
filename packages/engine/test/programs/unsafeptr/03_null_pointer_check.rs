use std::ptr;

// Always check for null before dereferencing a pointer you did not create.
fn describe(p: *const i32) -> String {
    if p.is_null() {
        String::from("null pointer, nothing to read")
    } else {
        let v = unsafe { *p };
        format!("points at {}", v)
    }
}

fn main() {
    let n = 7;
    let good = &n as *const i32;
    let bad: *const i32 = ptr::null();
    println!("{}", describe(good));
    println!("{}", describe(bad));
    println!("good.is_null() = {}", good.is_null());
    println!("bad.is_null() = {}", bad.is_null());
}
