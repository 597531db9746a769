use std::cell::Cell;

#[derive(Debug)]
struct Light {
    on: Cell<bool>,
    toggles: Cell<u32>,
}

impl Light {
    fn toggle(&self) {
        self.on.set(!self.on.get());
        self.toggles.set(self.toggles.get() + 1);
    }
}

fn press_twice(l: &Light) {
    l.toggle();
    l.toggle();
}

fn main() {
    let light = Light { on: Cell::new(false), toggles: Cell::new(0) };
    let switches = [&light, &light, &light];
    for s in switches.iter() {
        s.toggle();
    }
    press_twice(&light);
    println!("on = {}, toggles = {}", light.on.get(), light.toggles.get());
    println!("{:?}", light);
}
