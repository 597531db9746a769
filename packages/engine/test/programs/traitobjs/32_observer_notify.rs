trait Observer {
    fn on_event(&self, event: &str) -> Option<String>;
}

struct EmailAlert { address: String }
struct ErrorCounter { keyword: String }

impl Observer for EmailAlert {
    fn on_event(&self, event: &str) -> Option<String> {
        Some(format!("mail to {}: {}", self.address, event))
    }
}

impl Observer for ErrorCounter {
    fn on_event(&self, event: &str) -> Option<String> {
        if event.contains(&self.keyword) {
            Some(format!("counter saw '{}'", self.keyword))
        } else {
            None
        }
    }
}

struct Subject {
    observers: Vec<Box<dyn Observer>>,
}

impl Subject {
    fn attach(&mut self, o: Box<dyn Observer>) {
        self.observers.push(o);
    }
    fn emit(&self, event: &str) -> Vec<String> {
        self.observers.iter().filter_map(|o| o.on_event(event)).collect()
    }
}

fn main() {
    let mut subject = Subject { observers: Vec::new() };
    subject.attach(Box::new(EmailAlert { address: "ops@example.com".into() }));
    subject.attach(Box::new(ErrorCounter { keyword: "ERROR".into() }));

    for ev in ["INFO service started", "ERROR disk full", "WARN slow query"] {
        let reactions = subject.emit(ev);
        println!("{} -> {} reactions", ev, reactions.len());
        for r in reactions {
            println!("    {}", r);
        }
    }
}
