use std::ptr;

// ptr::swap exchanges the values behind two raw pointers.
fn main() {
    let mut left = String::from("left");
    let mut right = String::from("right");
    let a = &mut left as *mut String;
    let b = &mut right as *mut String;
    unsafe {
        ptr::swap(a, b);
    }
    println!("left = {}, right = {}", left, right);

    let mut nums = [1, 2, 3, 4];
    let p = nums.as_mut_ptr();
    unsafe {
        ptr::swap(p, p.add(3));
    }
    println!("{:?}", nums);
}
