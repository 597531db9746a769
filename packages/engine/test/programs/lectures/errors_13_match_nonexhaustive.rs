// Exercise: report every kind of login failure.
#[derive(Debug)]
enum LoginError {
    UnknownUser,
    WrongPassword { attempts: u32 },
    Locked,
}

fn login(user: &str, pass: &str) -> Result<String, LoginError> {
    match (user, pass) {
        ("admin", "hunter2") => Ok(format!("welcome {}", user)),
        ("admin", _) => Err(LoginError::WrongPassword { attempts: 1 }),
        ("root", _) => Err(LoginError::Locked),
        _ => Err(LoginError::UnknownUser),
    }
}

fn main() {
    for (u, p) in [("admin", "hunter2"), ("admin", "1234"), ("guest", "x"), ("root", "")] {
        match login(u, p) {
            Ok(msg) => println!("{}", msg),
            Err(LoginError::UnknownUser) => println!("no such user {}", u),
            Err(LoginError::WrongPassword { attempts }) => {
                println!("wrong password ({} attempts)", attempts)
            }
        }
    }
}
