use std::mem::size_of;

fn main() {
    // Heap-owning types have a non-null pointer inside, so Option is free
    println!("String               {}", size_of::<String>());
    println!("Option<String>       {}", size_of::<Option<String>>());
    println!("Option<Vec<u8>>      {}", size_of::<Option<Vec<u8>>>());
    // Result behaves like Option when the error side is zero-sized
    println!("Result<Box<i32>, ()> {}", size_of::<Result<Box<i32>, ()>>());
    println!("Result<u32, ()>      {}", size_of::<Result<u32, ()>>());
    println!("Result<u8, u8>       {}", size_of::<Result<u8, u8>>());
    println!("Result<u64, String>  {}", size_of::<Result<u64, String>>());

    let parsed: Result<u32, std::num::ParseIntError> = "77".parse();
    match parsed {
        Ok(n) => println!("parsed {}", n),
        Err(e) => println!("error {}", e),
    }
}
