use std::mem::size_of;
use std::rc::Rc;
use std::sync::Arc;

trait Animal {
    fn speak(&self) -> &'static str;
}

struct Dog;
impl Animal for Dog {
    fn speak(&self) -> &'static str { "woof" }
}

fn main() {
    // Thin pointers: one machine word.
    println!("&Dog          = {}", size_of::<&Dog>());
    println!("Box<Dog>      = {}", size_of::<Box<Dog>>());
    // Fat pointers: data pointer + vtable pointer.
    println!("&dyn Animal   = {}", size_of::<&dyn Animal>());
    println!("Box<dyn Animal> = {}", size_of::<Box<dyn Animal>>());
    println!("Rc<dyn Animal>  = {}", size_of::<Rc<dyn Animal>>());
    println!("Arc<dyn Animal> = {}", size_of::<Arc<dyn Animal>>());
    // Slices are fat too: pointer + length.
    println!("&[i32]        = {}", size_of::<&[i32]>());
    println!("&str          = {}", size_of::<&str>());
    let d = Dog;
    let a: &dyn Animal = &d;
    println!("the dog says {}", a.speak());
}
