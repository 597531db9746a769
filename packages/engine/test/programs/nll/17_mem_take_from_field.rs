// Moving out of `&mut self` needs a replacement value:
// mem::take, mem::replace and Option::take all leave something behind.
#[derive(Debug, Default)]
struct Mailbox {
    owner: String,
    pending: Vec<String>,
    urgent: Option<String>,
}

impl Mailbox {
    fn flush(&mut self) -> Vec<String> {
        std::mem::take(&mut self.pending)
    }
    fn rename(&mut self, new_owner: &str) -> String {
        std::mem::replace(&mut self.owner, new_owner.to_string())
    }
    fn pop_urgent(&mut self) -> Option<String> {
        self.urgent.take()
    }
}

fn main() {
    let mut mb = Mailbox {
        owner: "kim".into(),
        pending: vec!["hi".into(), "re: hi".into()],
        urgent: Some("server down".into()),
    };
    let sent = mb.flush();
    let old = mb.rename("lee");
    let urgent = mb.pop_urgent();
    println!("sent {:?}, old owner {}, urgent {:?}", sent, old, urgent);
    println!("{:?}", mb);
    println!("second pop: {:?}", mb.pop_urgent());
}
