#[derive(Debug)]
struct Letter {
    to: String,
    body: String,
}

#[derive(Debug)]
struct Envelope {
    address: String,
    sealed_contents: String,
}

impl Letter {
    fn seal(self) -> Envelope {
        Envelope {
            address: self.to,
            sealed_contents: format!("<<{}>>", self.body),
        }
    }
}

fn main() {
    let letter = Letter {
        to: String::from("221B Baker Street"),
        body: String::from("The game is afoot."),
    };
    println!("before: {:?}", letter);
    let env = letter.seal();
    println!("after: {:?}", env);
    println!("address: {}", env.address);
}
