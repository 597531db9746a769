// errors1: return a Result instead of an Option to say what went wrong.
fn generate_nametag_text(name: String) -> Result<String, String> {
    if name.is_empty() {
        Err("Empty names aren't allowed".to_string())
    } else {
        Ok(format!("Hi! My name is {name}"))
    }
}

fn main() {
    for name in ["Beyoncé", "Warbler", ""] {
        match generate_nametag_text(name.to_string()) {
            Ok(text) => println!("ok:  {text}"),
            Err(e) => println!("err: {e}"),
        }
    }
}
