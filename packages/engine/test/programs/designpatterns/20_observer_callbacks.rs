// Observer pattern: listeners are boxed closures.
#[derive(Debug)]
enum Event {
    Login(String),
    Logout(String),
}

struct Bus {
    listeners: Vec<Box<dyn Fn(&Event)>>,
}

impl Bus {
    fn new() -> Self {
        Bus { listeners: Vec::new() }
    }
    fn subscribe(&mut self, f: Box<dyn Fn(&Event)>) {
        self.listeners.push(f);
    }
    fn emit(&self, e: Event) {
        for l in &self.listeners {
            l(&e);
        }
    }
}

fn main() {
    let mut bus = Bus::new();
    bus.subscribe(Box::new(|e| println!("log: {:?}", e)));
    let prefix = String::from("audit");
    bus.subscribe(Box::new(move |e| {
        if let Event::Logout(who) = e {
            println!("{}: {} left", prefix, who);
        }
    }));
    bus.emit(Event::Login("ana".into()));
    bus.emit(Event::Logout("ana".into()));
    println!("{} listeners", bus.listeners.len());
}
