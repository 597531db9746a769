use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    let c = Rc::new(5);

    // == compares the values, ptr_eq compares the allocations
    println!("a == b: {}", a == b);
    println!("a == c: {}", a == c);
    println!("ptr_eq(a, b): {}", Rc::ptr_eq(&a, &b));
    println!("ptr_eq(a, c): {}", Rc::ptr_eq(&a, &c));

    let shelf = vec![Rc::clone(&a), Rc::clone(&c), Rc::clone(&b)];
    let same_as_a = shelf.iter().filter(|x| Rc::ptr_eq(x, &a)).count();
    println!("entries sharing a's box: {}", same_as_a);
}
