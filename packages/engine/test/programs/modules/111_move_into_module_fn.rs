mod mailer {
    pub struct Email {
        pub to: String,
        pub subject: String,
        pub body: String,
    }

    // takes ownership: the email is "sent" and gone
    pub fn send(email: Email) -> String {
        format!("sent '{}' to {} ({} bytes)", email.subject, email.to, email.body.len())
    }

    // borrows: only looks at it
    pub fn preview(email: &Email) -> String {
        let first: String = email.body.chars().take(12).collect();
        format!("{}: {}...", email.subject, first)
    }

    // mutable borrow: edits in place
    pub fn sign(email: &mut Email, name: &str) {
        email.body.push_str("\n-- ");
        email.body.push_str(name);
    }

    // takes ownership and gives back a new value
    pub fn forward(email: Email, new_to: &str) -> Email {
        Email { to: new_to.to_string(), subject: format!("Fwd: {}", email.subject), ..email }
    }
}

use mailer::Email;

fn main() {
    let mut draft = Email {
        to: "team@example.com".to_string(),
        subject: "Standup".to_string(),
        body: "Moved to 10:30 tomorrow".to_string(),
    };
    println!("{}", mailer::preview(&draft));
    mailer::sign(&mut draft, "Priya");
    let fwd = mailer::forward(draft, "boss@example.com");
    println!("{}", mailer::preview(&fwd));
    println!("body now:\n{}", fwd.body);
    let receipt = mailer::send(fwd);
    println!("{}", receipt);
}
