// Puzzle: can a match guard hand the bound value to a function?
fn is_valid(code: String) -> bool {
    code.starts_with("RS")
}

fn main() {
    let code = Some(String::from("RS-101"));

    match code {
        Some(c) if is_valid(c) => println!("valid code"),
        Some(_) => println!("invalid code"),
        None => println!("missing code"),
    }
}
