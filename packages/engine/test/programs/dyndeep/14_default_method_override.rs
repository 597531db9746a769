trait Notifier {
    fn channel(&self) -> String;
    // Default method: can be overridden.
    fn notify(&self, msg: &str) -> String {
        format!("via {}: {}", self.channel(), msg)
    }
}

struct Email;
struct Sms { short: bool }

impl Notifier for Email {
    fn channel(&self) -> String { String::from("email") }
}

impl Notifier for Sms {
    fn channel(&self) -> String { String::from("sms") }
    fn notify(&self, msg: &str) -> String {
        let text = if self.short && msg.len() > 5 { &msg[..5] } else { msg };
        format!("SMS[{}]", text)
    }
}

fn main() {
    let ns: [&dyn Notifier; 3] = [&Email, &Sms { short: true }, &Sms { short: false }];
    for n in ns.iter() {
        println!("{}", n.notify("meeting moved"));
    }
}
