// Exercise: moving a field out of a type that implements Drop.
struct Envelope {
    address: String,
    letter: String,
}

impl Drop for Envelope {
    fn drop(&mut self) {
        println!("envelope for {} recycled", self.address);
    }
}

fn main() {
    let env = Envelope {
        address: "12 Elm St".to_string(),
        letter: "Dear friend".to_string(),
    };
    let letter = env.letter;
    println!("read: {}", letter);
}
