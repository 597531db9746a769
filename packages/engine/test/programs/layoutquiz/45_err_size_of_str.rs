use std::mem::size_of;

fn main() {
    let word = "layout";
    println!("&str is {} bytes", size_of::<&str>());
    // str itself has no size known at compile time
    println!("str is {} bytes", size_of::<str>());
    println!("word has {} bytes", word.len());
}
