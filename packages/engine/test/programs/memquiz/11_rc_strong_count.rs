use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared config"));
    println!("after new: {}", Rc::strong_count(&a));

    let b = Rc::clone(&a);
    println!("after clone b: {}", Rc::strong_count(&a));

    {
        let c = a.clone();
        println!("inside scope: {}", Rc::strong_count(&c));
    }
    println!("after scope: {}", Rc::strong_count(&a));

    drop(b);
    println!("after drop b: {}", Rc::strong_count(&a));
    println!("value: {}", a);
}
