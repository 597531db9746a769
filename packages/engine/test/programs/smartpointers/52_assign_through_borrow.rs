use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let temperature = Rc::new(RefCell::new(18));
    let thermostat = Rc::clone(&temperature);

    println!("current: {}", temperature.borrow());
    *thermostat.borrow() = 21;
    println!("after adjusting: {}", temperature.borrow());
}
