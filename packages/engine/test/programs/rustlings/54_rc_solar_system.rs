// rc1: many planets share ownership of one Sun.
use std::rc::Rc;

#[derive(Debug)]
struct Sun;

#[derive(Debug)]
enum Planet {
    Mercury(Rc<Sun>),
    Venus(Rc<Sun>),
    Earth(Rc<Sun>),
    Mars(Rc<Sun>),
}

impl Planet {
    fn details(&self) {
        println!("Hi from {self:?}!");
    }
}

fn main() {
    let sun = Rc::new(Sun);
    println!("reference count = {}", Rc::strong_count(&sun));

    let mercury = Planet::Mercury(Rc::clone(&sun));
    println!("reference count = {}", Rc::strong_count(&sun));
    mercury.details();

    let venus = Planet::Venus(Rc::clone(&sun));
    let earth = Planet::Earth(Rc::clone(&sun));
    let mars = Planet::Mars(Rc::clone(&sun));
    println!("reference count = {}", Rc::strong_count(&sun));
    venus.details();
    earth.details();

    drop(mars);
    println!("reference count = {}", Rc::strong_count(&sun));
    drop(earth);
    drop(venus);
    drop(mercury);
    println!("reference count = {}", Rc::strong_count(&sun));
}
