use std::cell::Cell;

struct Button {
    label: String,
    clicks: Cell<u32>,
}

impl Button {
    fn new(label: &str) -> Button {
        Button { label: label.to_string(), clicks: Cell::new(0) }
    }

    // note: &self, not &mut self
    fn click(&self) {
        self.clicks.set(self.clicks.get() + 1);
    }
}

fn press_twice(b: &Button) {
    b.click();
    b.click();
}

fn main() {
    let ok = Button::new("OK");
    let cancel = Button::new("Cancel");

    ok.click();
    press_twice(&ok);
    press_twice(&cancel);

    for b in [&ok, &cancel] {
        println!("{} clicked {} times", b.label, b.clicks.get());
    }
}
