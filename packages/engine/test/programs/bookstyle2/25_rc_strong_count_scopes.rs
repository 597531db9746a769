// Rc::strong_count goes up with each clone and down when a clone goes out of scope.
use std::rc::Rc;

fn main() {
    let config = Rc::new(String::from("dark-mode"));
    println!("after creating config: {}", Rc::strong_count(&config));

    let panel = Rc::clone(&config);
    println!("after panel clone: {}", Rc::strong_count(&config));

    {
        let sidebar = Rc::clone(&config);
        let footer = Rc::clone(&sidebar);
        println!("inside scope: {} (footer sees {})", Rc::strong_count(&config), footer);
    }
    println!("after scope ends: {}", Rc::strong_count(&config));

    drop(panel);
    println!("after dropping panel: {}", Rc::strong_count(&config));

    let all_same = Rc::ptr_eq(&config, &Rc::clone(&config));
    println!("clones point to the same value: {}", all_same);
    println!("final count: {}", Rc::strong_count(&config));
}
