mod limits {
    pub const MAX_USERS: usize = 3;
    pub static APP_NAME: &str = "ChatRoom";
    pub const BANNED: [&str; 2] = ["spam", "scam"];

    pub mod timeouts {
        pub const IDLE_SECS: u64 = 300;
        pub const LOGIN_SECS: u64 = super::super::limits::timeouts::IDLE_SECS / 10;
    }
}

mod room {
    use crate::limits::{BANNED, MAX_USERS};

    pub fn join(users: &mut Vec<String>, name: &str) -> Result<usize, String> {
        if BANNED.iter().any(|b| name.contains(b)) {
            return Err(format!("'{}' is not allowed", name));
        }
        if users.len() >= MAX_USERS {
            return Err(format!("room full ({} users)", MAX_USERS));
        }
        users.push(name.to_string());
        Ok(users.len())
    }
}

fn main() {
    println!("{} (idle {}s, login {}s)", limits::APP_NAME, limits::timeouts::IDLE_SECS, limits::timeouts::LOGIN_SECS);
    let mut users = Vec::new();
    for name in ["ana", "spambot", "ben", "cy", "dee"] {
        match room::join(&mut users, name) {
            Ok(n) => println!("{} joined, {} online", name, n),
            Err(e) => println!("{} refused: {}", name, e),
        }
    }
    println!("{:?}", users);
}
