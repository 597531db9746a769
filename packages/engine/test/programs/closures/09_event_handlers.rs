// A tiny event system: handlers are stored as boxed trait objects.
struct EventBus {
    handlers: Vec<Box<dyn Fn(&str)>>,
}

impl EventBus {
    fn new() -> Self {
        EventBus { handlers: Vec::new() }
    }

    fn subscribe(&mut self, handler: Box<dyn Fn(&str)>) {
        self.handlers.push(handler);
    }

    fn emit(&self, event: &str) {
        println!("emit '{}' to {} handlers", event, self.handlers.len());
        for h in &self.handlers {
            h(event);
        }
    }
}

fn main() {
    let mut bus = EventBus::new();
    let prefix = String::from("[log]");

    bus.subscribe(Box::new(|e| println!("  handler A got {}", e)));
    bus.subscribe(Box::new(move |e| println!("  {} {}", prefix, e.to_uppercase())));
    bus.subscribe(Box::new(|e| println!("  length = {}", e.len())));

    bus.emit("click");
    bus.emit("key_down");
}
