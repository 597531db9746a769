use std::mem;

#[derive(Debug, Default)]
struct Inbox {
    messages: Vec<String>,
    owner: String,
}

fn main() {
    let mut inbox = Inbox {
        messages: vec!["hello".to_string(), "meeting at 3".to_string()],
        owner: "kim".to_string(),
    };

    let batch = mem::take(&mut inbox.messages);
    println!("taken {} messages: {:?}", batch.len(), batch);
    println!("inbox now: {:?}", inbox);

    let mut count = 7u32;
    let old = mem::take(&mut count);
    println!("old = {}, count = {}", old, count);

    let mut name = String::from("temp");
    let t = mem::take(&mut name);
    println!("t = {:?}, name = {:?}, name.capacity() = {}", t, name, name.capacity());
}
