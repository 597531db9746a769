use std::collections::BTreeMap;

// An event registry mapping names to boxed handlers.
struct EventBus {
    handlers: BTreeMap<String, Vec<Box<dyn Fn(&str) -> String>>>,
}

impl EventBus {
    fn new() -> Self { EventBus { handlers: BTreeMap::new() } }

    fn on(&mut self, event: &str, h: Box<dyn Fn(&str) -> String>) {
        self.handlers.entry(event.to_string()).or_insert_with(Vec::new).push(h);
    }

    fn emit(&self, event: &str, payload: &str) {
        match self.handlers.get(event) {
            Some(hs) => {
                for h in hs {
                    println!("{}", h(payload));
                }
            }
            None => println!("no handler for {}", event),
        }
    }
}

fn main() {
    let mut bus = EventBus::new();
    let app = String::from("shop");
    bus.on("login", Box::new(|u| format!("welcome {}", u)));
    bus.on("login", Box::new(move |u| format!("{}: audit {}", app, u)));
    bus.on("logout", Box::new(|u| format!("bye {}", u.to_uppercase())));
    bus.emit("login", "kim");
    bus.emit("logout", "kim");
    bus.emit("crash", "");
}
