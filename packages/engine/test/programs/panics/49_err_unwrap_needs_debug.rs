// Mistake: unwrap on a Result whose error type has no Debug.
enum LoginError {
    WrongPassword,
    Locked,
}

fn login(pw: &str) -> Result<String, LoginError> {
    if pw == "secret" {
        Ok(String::from("welcome"))
    } else if pw.is_empty() {
        Err(LoginError::Locked)
    } else {
        Err(LoginError::WrongPassword)
    }
}

fn main() {
    let msg = login("secret").unwrap();
    println!("{}", msg);
}
