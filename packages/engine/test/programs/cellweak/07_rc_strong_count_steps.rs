use std::rc::Rc;

fn main() {
    let title = Rc::new(String::from("The Rust Book"));
    println!("after new: strong = {}", Rc::strong_count(&title));

    let reader_a = Rc::clone(&title);
    println!("after clone a: strong = {}", Rc::strong_count(&title));

    {
        let reader_b = Rc::clone(&title);
        println!("inside block: strong = {}, b reads {}", Rc::strong_count(&reader_b), reader_b);
    }
    println!("after block: strong = {}", Rc::strong_count(&title));

    drop(reader_a);
    println!("after drop a: strong = {}", Rc::strong_count(&title));
}
