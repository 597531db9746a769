// Structs usually own their text with String fields.
struct User {
    username: String,
    email: String,
}

impl User {
    fn new(username: &str, email: &str) -> User {
        User {
            username: username.to_string(),
            email: email.to_lowercase(),
        }
    }

    fn domain(&self) -> &str {
        match self.email.find('@') {
            Some(i) => &self.email[i + 1..],
            None => "",
        }
    }

    fn rename(&mut self, new_name: &str) {
        self.username.clear();
        self.username.push_str(new_name);
    }
}

fn main() {
    let mut u = User::new("ferris", "Ferris@Rust-Lang.org");
    println!("{} <{}> domain={}", u.username, u.email, u.domain());
    u.rename("crab");
    println!("{} <{}>", u.username, u.email);

    let users = vec![
        User::new("ada", "ada@example.com"),
        User::new("linus", "LINUS@kernel.org"),
    ];
    for user in &users {
        println!("{:>6} @ {}", user.username, user.domain());
    }
}
