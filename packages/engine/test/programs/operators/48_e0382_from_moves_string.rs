#[derive(Debug)]
struct Title {
    text: String,
}

impl From<String> for Title {
    fn from(s: String) -> Self {
        Title { text: s.to_uppercase() }
    }
}

fn main() {
    let raw = String::from("operator overloading");
    // Title::from takes the String by value.
    let heading = Title::from(raw);
    println!("{:?}", heading);
    println!("original was '{}' ({} bytes)", raw, raw.len());
}
