// An owned struct whose methods return slices of its own String.
struct Email {
    raw: String,
}

impl Email {
    fn new(raw: &str) -> Option<Email> {
        if raw.matches('@').count() == 1 {
            Some(Email { raw: raw.to_lowercase() })
        } else {
            None
        }
    }

    fn user(&self) -> &str {
        let at = self.raw.find('@').unwrap();
        &self.raw[..at]
    }

    fn domain(&self) -> &str {
        let at = self.raw.find('@').unwrap();
        &self.raw[at + 1..]
    }

    fn tld(&self) -> &str {
        self.domain().rsplit('.').next().unwrap_or("")
    }
}

fn main() {
    let inputs = ["Ferris@Rust-Lang.org", "not-an-email", "a@b@c", "ada@example.co.uk"];
    for input in inputs {
        match Email::new(input) {
            Some(e) => println!("user={} domain={} tld={}", e.user(), e.domain(), e.tld()),
            None => println!("invalid: {}", input),
        }
    }
}
