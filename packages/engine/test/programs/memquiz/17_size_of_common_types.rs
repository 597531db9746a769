use std::mem::size_of;

fn main() {
    println!("i32            {}", size_of::<i32>());
    println!("&str           {}", size_of::<&str>());
    println!("String         {}", size_of::<String>());
    println!("Vec<i32>       {}", size_of::<Vec<i32>>());
    println!("Box<i32>       {}", size_of::<Box<i32>>());
    println!("Option<Box<i32>> {}", size_of::<Option<Box<i32>>>());
    println!("Option<i32>    {}", size_of::<Option<i32>>());
}
