// Builder with &mut self setters: the builder can be reused.
#[derive(Debug, Clone)]
struct Email {
    to: Vec<String>,
    subject: String,
    body: String,
}

#[derive(Default)]
struct EmailBuilder {
    to: Vec<String>,
    subject: String,
    body: String,
}

impl EmailBuilder {
    fn to(&mut self, addr: &str) -> &mut Self {
        self.to.push(addr.to_string());
        self
    }
    fn subject(&mut self, s: &str) -> &mut Self {
        self.subject = s.to_string();
        self
    }
    fn body(&mut self, b: &str) -> &mut Self {
        self.body = b.to_string();
        self
    }
    fn build(&self) -> Email {
        Email { to: self.to.clone(), subject: self.subject.clone(), body: self.body.clone() }
    }
}

fn main() {
    let mut b = EmailBuilder::default();
    b.to("ana@uni.edu").subject("Exam").body("Room 12, 9am");
    let first = b.build();
    b.to("ben@uni.edu");
    let second = b.build();
    println!("{:?}", first);
    println!("{} recipients in second", second.to.len());
    println!("same subject: {}", first.subject == second.subject);
}
