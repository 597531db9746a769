trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    username: String,
    content: String,
}

struct Email {
    from: String,
    subject: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("{}: {}", self.username, self.content)
    }
}

impl Summary for Email {
    fn summarize(&self) -> String {
        format!("mail from {} re: {}", self.from, self.subject)
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn notify_generic<T: Summary>(item: &T) {
    println!("Generic news! {}", item.summarize());
}

fn notify_both(a: &impl Summary, b: &impl Summary) {
    println!("Two items: [{}] and [{}]", a.summarize(), b.summarize());
}

fn main() {
    let t = Tweet { username: "rustlang".to_string(), content: "Rust 1.80 released".to_string() };
    let e = Email { from: "alice@example.com".to_string(), subject: "lunch?".to_string() };
    notify(&t);
    notify(&e);
    notify_generic(&t);
    notify_both(&t, &e);
}
