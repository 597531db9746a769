// A small graph: nodes in Rc<RefCell<..>>, edges as Weak to avoid cycles.
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::{Rc, Weak};

struct City {
    name: String,
    roads: Vec<Weak<RefCell<City>>>,
}

type CityRef = Rc<RefCell<City>>;

fn city(name: &str) -> CityRef {
    Rc::new(RefCell::new(City { name: name.to_string(), roads: Vec::new() }))
}

fn connect(a: &CityRef, b: &CityRef) {
    a.borrow_mut().roads.push(Rc::downgrade(b));
    b.borrow_mut().roads.push(Rc::downgrade(a));
}

fn reachable(start: &CityRef) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![Rc::clone(start)];
    while let Some(c) = stack.pop() {
        let name = c.borrow().name.clone();
        if !seen.insert(name) {
            continue;
        }
        for w in &c.borrow().roads {
            if let Some(next) = w.upgrade() {
                stack.push(next);
            }
        }
    }
    seen
}

fn main() {
    let cities: Vec<CityRef> = ["Aachen", "Bonn", "Koeln", "Dortmund", "Essen"].iter().map(|n| city(n)).collect();
    connect(&cities[0], &cities[2]);
    connect(&cities[1], &cities[2]);
    connect(&cities[3], &cities[4]);

    for c in &cities {
        let c = c.borrow();
        let mut neighbours: Vec<String> = c.roads.iter().filter_map(|w| w.upgrade()).map(|n| n.borrow().name.clone()).collect();
        neighbours.sort();
        println!("{} -> {:?}", c.name, neighbours);
    }
    println!("from Aachen: {:?}", reachable(&cities[0]));
    println!("from Essen: {:?}", reachable(&cities[4]));
    println!("Koeln strong {} weak {}", Rc::strong_count(&cities[2]), Rc::weak_count(&cities[2]));
}
