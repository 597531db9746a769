// Only the validated constructor is public; the raw one is private.
mod email {
    pub struct Email {
        address: String,
    }

    impl Email {
        pub fn parse(s: &str) -> Option<Email> {
            if s.contains('@') && !s.starts_with('@') {
                Some(Email::unchecked(s))
            } else {
                None
            }
        }

        fn unchecked(s: &str) -> Email {
            Email { address: s.to_lowercase() }
        }

        pub fn as_str(&self) -> &str {
            &self.address
        }
    }
}

fn main() {
    if let Some(e) = email::Email::parse("Ada@Example.com") {
        println!("valid: {}", e.as_str());
    }
    let forced = email::Email::unchecked("not-an-email");
    println!("forced: {}", forced.as_str());
}
