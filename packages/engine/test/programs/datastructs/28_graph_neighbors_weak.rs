use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct City {
    name: String,
    roads: RefCell<Vec<Weak<City>>>,
}

impl City {
    fn new(name: &str) -> Rc<City> {
        Rc::new(City { name: name.to_string(), roads: RefCell::new(Vec::new()) })
    }
}

fn connect(a: &Rc<City>, b: &Rc<City>) {
    a.roads.borrow_mut().push(Rc::downgrade(b));
    b.roads.borrow_mut().push(Rc::downgrade(a));
}

fn neighbours(c: &City) -> Vec<String> {
    let mut names: Vec<String> = c
        .roads
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(|n| n.name.clone())
        .collect();
    names.sort();
    names
}

fn main() {
    let paris = City::new("Paris");
    let lyon = City::new("Lyon");
    let nice = City::new("Nice");
    connect(&paris, &lyon);
    connect(&lyon, &nice);
    connect(&paris, &nice);

    for c in [&paris, &lyon, &nice] {
        println!("{} -> {:?} (strong {}, weak {})",
            c.name, neighbours(c), Rc::strong_count(c), Rc::weak_count(c));
    }

    drop(nice);
    println!("after dropping Nice:");
    println!("Paris -> {:?}", neighbours(&paris));
    println!("Lyon -> {:?}", neighbours(&lyon));
    println!("Paris still stores {} road entries", paris.roads.borrow().len());
}
