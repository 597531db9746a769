// Exercise: reading through a raw pointer.
fn main() {
    let mut balance = 250;
    let ptr = &mut balance as *mut i32;

    *ptr -= 50;

    println!("balance = {}", balance);
}
