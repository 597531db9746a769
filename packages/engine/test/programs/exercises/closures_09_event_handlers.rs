struct Button {
    label: String,
    handlers: Vec<Box<dyn Fn(&str) -> String>>,
}

impl Button {
    fn new(label: &str) -> Self {
        Button { label: label.to_string(), handlers: Vec::new() }
    }

    fn on_click(&mut self, h: Box<dyn Fn(&str) -> String>) {
        self.handlers.push(h);
    }

    fn click(&self) -> Vec<String> {
        self.handlers.iter().map(|h| h(&self.label)).collect()
    }
}

fn main() {
    let mut b = Button::new("OK");
    let prefix = String::from(">> ");
    b.on_click(Box::new(move |l| format!("{}{} clicked", prefix, l)));
    b.on_click(Box::new(|l| l.to_lowercase()));
    let times = 3;
    b.on_click(Box::new(move |l| l.repeat(times)));
    for line in b.click() {
        println!("{}", line);
    }
    b.label = String::from("Cancel");
    let out = b.click();
    println!("{:?}", out);
    println!("{} handlers", b.handlers.len());
}
