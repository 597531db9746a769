use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared config"));
    println!("count after creating a = {}", Rc::strong_count(&a));

    let b = Rc::clone(&a);
    println!("count after creating b = {}", Rc::strong_count(&a));

    {
        let c = Rc::clone(&a);
        println!("count after creating c = {}", Rc::strong_count(&c));
        println!("c sees: {}", c);
    }
    println!("count after c goes out of scope = {}", Rc::strong_count(&a));

    drop(b);
    println!("count after dropping b = {}", Rc::strong_count(&a));
    println!("a still has: {} ({} bytes)", a, a.len());
}
