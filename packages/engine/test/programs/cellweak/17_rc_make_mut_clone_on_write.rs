use std::rc::Rc;

fn main() {
    let mut config = Rc::new(vec![1, 2, 3]);

    // Sole owner: make_mut edits in place
    Rc::make_mut(&mut config).push(4);
    println!("config = {:?}, strong = {}", config, Rc::strong_count(&config));

    let snapshot = Rc::clone(&config);
    println!("before write: ptr_eq = {}", Rc::ptr_eq(&config, &snapshot));

    // Shared: make_mut clones the data first
    Rc::make_mut(&mut config).push(5);
    println!("after write: ptr_eq = {}", Rc::ptr_eq(&config, &snapshot));
    println!("config   = {:?}", config);
    println!("snapshot = {:?}", snapshot);
    println!("counts: {} {}", Rc::strong_count(&config), Rc::strong_count(&snapshot));
}
