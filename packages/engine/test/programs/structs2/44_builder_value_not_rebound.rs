#[derive(Debug)]
struct Email {
    to: String,
    subject: String,
}

struct EmailBuilder {
    to: String,
    subject: String,
}

impl EmailBuilder {
    fn new() -> EmailBuilder {
        EmailBuilder { to: String::new(), subject: String::new() }
    }

    fn to(mut self, addr: &str) -> EmailBuilder {
        self.to = addr.to_string();
        self
    }

    fn subject(mut self, s: &str) -> EmailBuilder {
        self.subject = s.to_string();
        self
    }

    fn build(self) -> Email {
        Email { to: self.to, subject: self.subject }
    }
}

fn main() {
    let builder = EmailBuilder::new();
    let builder = builder.to("team@example.com");
    builder.subject("Weekly sync");
    let email = builder.build();
    println!("{:?}", email);
}
