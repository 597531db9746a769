fn check_password(pw: &str) -> Result<(), String> {
    if pw.len() < 8 {
        return Err("password must have at least 8 characters");
    }
    if !pw.chars().any(|c| c.is_ascii_digit()) {
        return Err(String::from("password must contain a digit"));
    }
    Ok(())
}

fn main() {
    for pw in ["short", "longpassword", "l0ngpassword"] {
        match check_password(pw) {
            Ok(()) => println!("{}: ok", pw),
            Err(e) => println!("{}: {}", pw, e),
        }
    }
}
