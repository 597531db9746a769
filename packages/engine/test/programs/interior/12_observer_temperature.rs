use std::cell::RefCell;
use std::rc::Rc;

trait Observer {
    fn notify(&self, celsius: i32);
}

struct Display {
    label: &'static str,
    seen: RefCell<Vec<i32>>,
}

impl Observer for Display {
    fn notify(&self, celsius: i32) {
        self.seen.borrow_mut().push(celsius);
    }
}

struct Alarm {
    threshold: i32,
    triggered: RefCell<u32>,
}

impl Observer for Alarm {
    fn notify(&self, celsius: i32) {
        if celsius > self.threshold {
            *self.triggered.borrow_mut() += 1;
        }
    }
}

struct Sensor {
    observers: Vec<Rc<dyn Observer>>,
}

impl Sensor {
    fn publish(&self, celsius: i32) {
        for obs in &self.observers {
            obs.notify(celsius);
        }
    }
}

fn main() {
    let display = Rc::new(Display { label: "lobby", seen: RefCell::new(vec![]) });
    let alarm = Rc::new(Alarm { threshold: 30, triggered: RefCell::new(0) });
    let sensor = Sensor { observers: vec![display.clone(), alarm.clone()] };

    for t in [22, 28, 31, 35, 29] {
        sensor.publish(t);
    }
    println!("{} saw {:?}", display.label, display.seen.borrow());
    println!("alarm fired {} times", alarm.triggered.borrow());
    println!("display handles: {}", Rc::strong_count(&display));
}
