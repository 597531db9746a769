struct Button {
    label: String,
    handlers: Vec<Box<dyn Fn(&str)>>,
}

impl Button {
    fn new(label: &str) -> Self {
        Button { label: label.to_string(), handlers: Vec::new() }
    }

    fn on_click(&mut self, handler: Box<dyn Fn(&str)>) {
        self.handlers.push(handler);
    }

    fn click(&self) {
        println!("[{} clicked]", self.label);
        for h in &self.handlers {
            h(&self.label);
        }
    }
}

fn main() {
    let mut save = Button::new("Save");
    save.on_click(Box::new(|label| println!("  logging: {} pressed", label)));

    let filename = String::from("notes.txt");
    save.on_click(Box::new(move |_| println!("  writing {}", filename)));

    let mut quit = Button::new("Quit");
    quit.on_click(Box::new(|label| println!("  goodbye from {}", label.to_lowercase())));

    save.click();
    quit.click();
    save.click();
    println!("save has {} handlers", save.handlers.len());
}
