use std::cell::RefCell;
use std::rc::Rc;

struct City {
    name: String,
    roads: RefCell<Vec<Rc<City>>>,
}

fn city(name: &str) -> Rc<City> {
    Rc::new(City { name: name.to_string(), roads: RefCell::new(Vec::new()) })
}

fn connect(a: &Rc<City>, b: &Rc<City>) {
    a.roads.borrow_mut().push(Rc::clone(b));
}

fn main() {
    let oslo = city("Oslo");
    let bergen = city("Bergen");
    let trondheim = city("Trondheim");

    // one-way roads only: no cycle
    connect(&oslo, &bergen);
    connect(&oslo, &trondheim);
    connect(&bergen, &trondheim);

    for c in [&oslo, &bergen, &trondheim] {
        let names: Vec<String> = c.roads.borrow().iter().map(|n| n.name.clone()).collect();
        println!("{} -> {:?} (strong = {})", c.name, names, Rc::strong_count(c));
    }
}
