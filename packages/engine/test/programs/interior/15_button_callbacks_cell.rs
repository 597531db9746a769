use std::cell::Cell;
use std::rc::Rc;

struct Button {
    label: String,
    on_click: Vec<Box<dyn Fn()>>,
}

impl Button {
    fn new(label: &str) -> Self {
        Button { label: label.to_string(), on_click: Vec::new() }
    }

    fn subscribe(&mut self, handler: Box<dyn Fn()>) {
        self.on_click.push(handler);
    }

    fn click(&self) {
        println!("click on '{}'", self.label);
        for handler in &self.on_click {
            handler();
        }
    }
}

fn main() {
    let clicks = Rc::new(Cell::new(0u32));
    let doubled = Rc::new(Cell::new(0u32));

    let mut ok = Button::new("OK");
    let c = Rc::clone(&clicks);
    ok.subscribe(Box::new(move || c.set(c.get() + 1)));
    let d = Rc::clone(&doubled);
    ok.subscribe(Box::new(move || d.set(d.get() + 2)));

    ok.click();
    ok.click();
    ok.click();
    println!("clicks = {}, doubled = {}", clicks.get(), doubled.get());
    println!("clicks handles: {}", Rc::strong_count(&clicks));
    drop(ok);
    println!("after dropping the button: {}", Rc::strong_count(&clicks));
}
