use std::mem::size_of;

// Which Option types cost an extra word, and which are free?
fn main() {
    println!("&u8            {}", size_of::<&u8>());
    println!("Option<&u8>    {}", size_of::<Option<&u8>>());
    println!("Box<i32>       {}", size_of::<Box<i32>>());
    println!("Option<Box<i32>> {}", size_of::<Option<Box<i32>>>());
    println!("u32            {}", size_of::<u32>());
    println!("Option<u32>    {}", size_of::<Option<u32>>());
    println!("u64            {}", size_of::<u64>());
    println!("Option<u64>    {}", size_of::<Option<u64>>());
    println!("Option<u8>     {}", size_of::<Option<u8>>());

    // A reference can never be null, so None uses the null pattern
    let value = 9u8;
    let maybe: Option<&u8> = Some(&value);
    if let Some(v) = maybe {
        println!("got {}", v);
    }
}
