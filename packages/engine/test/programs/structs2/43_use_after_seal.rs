#[derive(Debug)]
struct Letter {
    to: String,
    body: String,
}

#[derive(Debug)]
struct Envelope {
    address: String,
    contents: String,
}

impl Letter {
    fn seal(self) -> Envelope {
        Envelope { address: self.to, contents: self.body }
    }
}

fn main() {
    let letter = Letter {
        to: "10 Downing St".to_string(),
        body: "Dear PM,".to_string(),
    };
    let envelope = letter.seal();
    println!("sending {:?}", envelope);
    println!("copy kept for records: {}", letter.body);
}
