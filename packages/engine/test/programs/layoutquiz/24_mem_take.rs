use std::mem;

#[derive(Debug, Default)]
struct Inbox {
    messages: Vec<String>,
    unread: u32,
}

fn drain(inbox: &mut Inbox) -> Vec<String> {
    inbox.unread = 0;
    // take leaves Default::default() behind, here an empty Vec
    mem::take(&mut inbox.messages)
}

fn main() {
    let mut inbox = Inbox {
        messages: vec![String::from("hello"), String::from("lunch?")],
        unread: 2,
    };
    let got = drain(&mut inbox);
    println!("took {:?}", got);
    println!("left {:?}", inbox);

    let mut title = String::from("Report");
    let old = mem::take(&mut title);
    println!("old={:?} title={:?} cap={}", old, title, title.capacity());

    let whole = mem::take(&mut inbox);
    println!("whole unread={} now={}", whole.unread, inbox.unread);
}
