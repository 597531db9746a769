struct Chat {
    messages: Vec<String>,
}

impl Chat {
    fn post(&self, from: &str, text: &str) {
        // Mistake: pushing needs &mut self (or a RefCell).
        self.messages.push(format!("{}: {}", from, text));
    }
}

fn main() {
    let chat = Chat { messages: Vec::new() };
    chat.post("ana", "hi");
    chat.post("bo", "hey");
    for m in &chat.messages {
        println!("{}", m);
    }
}
