fn main() {
    let mut inbox: Vec<String> = Vec::new();
    let subject = String::from("Invoice #42");
    let preview = &subject[..7];
    inbox.push(subject);
    println!("{} / {}", preview, inbox.len());
}
