// Adding an exclamation mark to every greeting.
fn excite(text: &String) {
    text.push('!');
}

fn main() {
    let mut greetings = vec![String::from("hello"), String::from("good morning")];
    for g in greetings.iter_mut() {
        excite(g);
    }
    println!("{:?}", greetings);
}
