// Mistake: a boxed callback (implicitly 'static) borrows a local.
struct Button {
    handlers: Vec<Box<dyn Fn()>>,
}

impl Button {
    fn on_click(&mut self, f: Box<dyn Fn()>) {
        self.handlers.push(f);
    }
    fn click(&self) {
        for h in &self.handlers {
            h();
        }
    }
}

fn main() {
    let label = String::from("Save");
    let mut b = Button { handlers: Vec::new() };
    b.on_click(Box::new(|| println!("clicked {}", label)));
    b.click();
}
