use std::rc::Rc;

#[derive(Clone, Debug)]
struct Doc {
    words: Vec<String>,
}

fn main() {
    let mut a = Rc::new(Doc { words: vec!["one".to_string()] });
    // Only `a` points at the Doc: make_mut changes it in place.
    Rc::make_mut(&mut a).words.push("two".to_string());
    let b = Rc::clone(&a);
    println!("{} {}", Rc::strong_count(&a), Rc::ptr_eq(&a, &b));
    // Now shared: make_mut clones it first, and `b` keeps the old one.
    Rc::make_mut(&mut a).words.push("three".to_string());
    println!("{:?} / {:?}", a.words, b.words);
    println!("{} {} {}", Rc::strong_count(&a), Rc::strong_count(&b), Rc::ptr_eq(&a, &b));
    let mut c = Rc::clone(&b);
    println!("{}", Rc::get_mut(&mut c).is_some());
    drop(b);
    println!("{}", Rc::get_mut(&mut c).is_some());
}
