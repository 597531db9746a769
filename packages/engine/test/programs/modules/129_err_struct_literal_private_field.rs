mod auth {
    pub struct User {
        pub username: String,
        password_hash: u64,
    }

    fn hash(pw: &str) -> u64 {
        pw.bytes().fold(5381u64, |h, b| h.wrapping_mul(33) ^ b as u64)
    }

    impl User {
        pub fn register(username: &str, password: &str) -> User {
            User { username: username.to_string(), password_hash: hash(password) }
        }

        pub fn check(&self, password: &str) -> bool {
            self.password_hash == hash(password)
        }
    }
}

mod admin {
    use crate::auth::User;

    pub fn root_user() -> User {
        User { username: String::from("root"), password_hash: 0 }
    }
}

fn main() {
    let u = auth::User::register("dana", "tr0ub4dor");
    println!("{} login ok: {}", u.username, u.check("tr0ub4dor"));
    println!("{} login ok: {}", u.username, u.check("guess"));
    let r = admin::root_user();
    println!("admin: {}", r.username);
}
