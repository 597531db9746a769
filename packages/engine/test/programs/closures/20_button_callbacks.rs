struct Button {
    label: String,
    on_click: Option<Box<dyn FnMut() -> u32>>,
}

impl Button {
    fn new(label: &str) -> Button {
        Button { label: label.to_string(), on_click: None }
    }

    fn set_handler(&mut self, f: impl FnMut() -> u32 + 'static) {
        self.on_click = Some(Box::new(f));
    }

    fn click(&mut self) {
        match self.on_click.as_mut() {
            Some(handler) => {
                let n = handler();
                println!("{} clicked ({} times)", self.label, n);
            }
            None => println!("{} has no handler", self.label),
        }
    }
}

fn main() {
    let mut ok = Button::new("OK");
    let mut cancel = Button::new("Cancel");

    let mut clicks = 0;
    ok.set_handler(move || {
        clicks += 1;
        clicks
    });

    ok.click();
    ok.click();
    cancel.click();
    ok.click();
}
