#[derive(Debug)]
enum LoginError {
    UnknownUser(String),
    WrongPassword,
}

fn login(user: &str, password: &str) -> Result<u32, LoginError> {
    match (user, password) {
        ("admin", "hunter2") => Ok(1),
        ("admin", _) => Err(LoginError::WrongPassword),
        (u, _) => Err(LoginError::UnknownUser(u.to_string())),
    }
}

fn main() {
    match login("admin", "1234") {
        Ok(id) => println!("logged in as user {}", id),
        Err(e) => println!("login failed: {}", e),
    }
}
