use std::rc::Rc;

fn main() {
    let mut original = Rc::new(vec![1, 2, 3]);
    let snapshot = Rc::clone(&original);
    println!("shared: strong = {}", Rc::strong_count(&original));

    // clone-on-write: original is shared, so make_mut clones the vector
    Rc::make_mut(&mut original).push(4);
    println!("original = {:?}", original);
    println!("snapshot = {:?}", snapshot);
    println!("ptr_eq = {}", Rc::ptr_eq(&original, &snapshot));

    // now unique: make_mut mutates in place
    Rc::make_mut(&mut original).push(5);
    println!("original = {:?}, strong = {}", original, Rc::strong_count(&original));

    let mut solo = Rc::new(String::from("abc"));
    if let Some(s) = Rc::get_mut(&mut solo) {
        s.push('d');
    }
    let other = Rc::clone(&solo);
    println!("get_mut while shared: {:?}", Rc::get_mut(&mut solo).is_some());
    println!("{} {}", solo, other);
}
