use std::fmt::Display;
use std::mem::size_of;

trait Animal {
    fn name(&self) -> String;
}

struct Cat;

impl Animal for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

fn main() {
    // Thin pointers: just an address
    println!("&u32            {}", size_of::<&u32>());
    println!("Box<u32>        {}", size_of::<Box<u32>>());
    // Fat pointers: address plus length
    println!("&str            {}", size_of::<&str>());
    println!("&[u64]          {}", size_of::<&[u64]>());
    // Fat pointers: address plus vtable
    println!("&dyn Animal     {}", size_of::<&dyn Animal>());
    println!("Box<dyn Animal> {}", size_of::<Box<dyn Animal>>());
    println!("&dyn Display    {}", size_of::<&dyn Display>());

    let pet: Box<dyn Animal> = Box::new(Cat);
    println!("pet is a {}", pet.name());
}
