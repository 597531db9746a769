// kind: prints
// title: Counting Rc owners
// tags: rc-refcell
// difficulty: 2
// mode: text
// ---
use std::rc::Rc;

fn main() {
    let a = Rc::new(vec![1, 2, 3]);
    println!("{}", Rc::strong_count(&a));
    let b = Rc::clone(&a);
    {
        let c = Rc::clone(&b);
        println!("{}", Rc::strong_count(&c));
    }
    println!("{}", Rc::strong_count(&a));
    drop(b);
    println!("{}", Rc::strong_count(&a));
}
