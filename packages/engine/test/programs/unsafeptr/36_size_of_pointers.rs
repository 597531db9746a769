use std::mem::size_of;

// Thin and fat pointers: slices and str carry a length beside the address.
fn main() {
    let word = size_of::<usize>();
    println!("&i32 is one word: {}", size_of::<&i32>() == word);
    println!("*const i32 is one word: {}", size_of::<*const i32>() == word);
    println!("Box<i32> is one word: {}", size_of::<Box<i32>>() == word);
    println!("&[i32] is two words: {}", size_of::<&[i32]>() == 2 * word);
    println!("&str is two words: {}", size_of::<&str>() == 2 * word);
    println!("Option<Box<i32>> is one word: {}", size_of::<Option<Box<i32>>>() == word);
    println!("Vec<i32> is three words: {}", size_of::<Vec<i32>>() == 3 * word);
}
