// Freezing: an immutable shadow cannot be assigned to, even though the
// original binding was declared `mut`.
fn main() {
    let mut counter = 7i32;
    {
        let counter = counter;
        println!("inside the block counter is {}", counter);
        counter = 50;
        println!("now {}", counter);
    }
    counter += 1;
    println!("outside: {}", counter);
}
