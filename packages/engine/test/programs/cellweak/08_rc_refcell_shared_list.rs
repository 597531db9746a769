use std::cell::RefCell;
use std::rc::Rc;

// Two owners share one mutable list
struct Team {
    name: String,
    roster: Rc<RefCell<Vec<String>>>,
}

fn main() {
    let roster = Rc::new(RefCell::new(vec!["Ana".to_string()]));

    let red = Team { name: "red".into(), roster: Rc::clone(&roster) };
    let blue = Team { name: "blue".into(), roster: Rc::clone(&roster) };

    red.roster.borrow_mut().push("Ben".to_string());
    blue.roster.borrow_mut().push("Cleo".to_string());

    println!("{} sees {:?}", red.name, red.roster.borrow());
    println!("{} sees {:?}", blue.name, blue.roster.borrow());
    println!("strong = {}", Rc::strong_count(&roster));
}
