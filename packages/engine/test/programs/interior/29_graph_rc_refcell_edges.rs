use std::cell::RefCell;
use std::rc::Rc;

struct City {
    name: &'static str,
    roads: RefCell<Vec<Rc<City>>>,
}

fn city(name: &'static str) -> Rc<City> {
    Rc::new(City { name, roads: RefCell::new(Vec::new()) })
}

fn connect(a: &Rc<City>, b: &Rc<City>) {
    a.roads.borrow_mut().push(Rc::clone(b));
}

fn main() {
    let oslo = city("Oslo");
    let bergen = city("Bergen");
    let tromso = city("Tromso");
    connect(&oslo, &bergen);
    connect(&oslo, &tromso);
    connect(&bergen, &tromso);

    for c in [&oslo, &bergen, &tromso] {
        let names: Vec<&str> = c.roads.borrow().iter().map(|n| n.name).collect();
        println!("{} -> {:?} (strong={})", c.name, names, Rc::strong_count(c));
    }

    // Two hops from Oslo
    let mut reach = Vec::new();
    for next in oslo.roads.borrow().iter() {
        for far in next.roads.borrow().iter() {
            reach.push(far.name);
        }
    }
    println!("two hops from Oslo: {:?}", reach);
}
