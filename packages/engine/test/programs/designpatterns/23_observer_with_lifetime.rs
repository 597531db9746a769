// Callbacks may borrow locals if the struct carries a lifetime.
struct Button<'a> {
    handlers: Vec<Box<dyn Fn(u32) + 'a>>,
}

impl<'a> Button<'a> {
    fn on_click(&mut self, f: impl Fn(u32) + 'a) {
        self.handlers.push(Box::new(f));
    }
    fn click(&self, n: u32) {
        for h in &self.handlers {
            h(n);
        }
    }
}

fn main() {
    let label = String::from("Save");
    let shortcut = "Ctrl+S";
    let mut b = Button { handlers: Vec::new() };
    b.on_click(|n| println!("{} clicked {} time(s)", label, n));
    b.on_click(|_| println!("hint: {}", shortcut));
    b.click(1);
    b.click(2);
    drop(b);
    println!("label still here: {}", label);
}
