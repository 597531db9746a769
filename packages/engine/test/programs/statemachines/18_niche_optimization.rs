// Option of a pointer costs nothing extra: the null value is the niche
use std::mem::size_of;

#[allow(dead_code)]
enum Node {
    Leaf(i32),
    Branch(Box<Node>, Box<Node>),
}

#[allow(dead_code)]
enum Flag {
    On,
    Off,
}

fn main() {
    println!("Box<Node>:          {}", size_of::<Box<Node>>());
    println!("Option<Box<Node>>:  {}", size_of::<Option<Box<Node>>>());
    println!("&u8:                {}", size_of::<&u8>());
    println!("Option<&u8>:        {}", size_of::<Option<&u8>>());
    println!("u32:                {}", size_of::<u32>());
    println!("Option<u32>:        {}", size_of::<Option<u32>>());
    println!("bool:               {}", size_of::<bool>());
    println!("Option<bool>:       {}", size_of::<Option<bool>>());
    println!("Flag:               {}", size_of::<Flag>());
    println!("Option<Flag>:       {}", size_of::<Option<Flag>>());
    println!("char:               {}", size_of::<char>());
    println!("Option<char>:       {}", size_of::<Option<char>>());
    println!("String:             {}", size_of::<String>());
    println!("Option<String>:     {}", size_of::<Option<String>>());
    println!("Vec<u8>:            {}", size_of::<Vec<u8>>());
}
