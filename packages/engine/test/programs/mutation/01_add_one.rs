// Passing a mutable reference to a function so it can change the caller's value.
fn add_one(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut counter = 41;
    println!("before: {}", counter);
    add_one(&mut counter);
    println!("after: {}", counter);

    for _ in 0..3 {
        add_one(&mut counter);
    }
    println!("after three more: {}", counter);
}
