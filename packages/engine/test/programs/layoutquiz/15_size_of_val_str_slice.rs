use std::mem::size_of_val;

fn main() {
    let greeting: &str = "hello";
    let accented: &str = "héllo";
    let numbers = [10u32, 20, 30, 40, 50];
    let middle: &[u32] = &numbers[1..4];

    // size_of_val on the pointee measures the data, not the pointer
    println!("\"hello\" data bytes: {}", size_of_val(greeting));
    println!("\"héllo\" data bytes: {}", size_of_val(accented));
    println!("whole array bytes: {}", size_of_val(&numbers));
    println!("middle slice bytes: {}", size_of_val(middle));
    println!("the &[u32] itself: {}", size_of_val(&middle));
    println!("chars in héllo: {}", accented.chars().count());
}
