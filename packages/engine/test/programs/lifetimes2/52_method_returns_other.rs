// Elision ties the result to &self, but the method returns the argument.
struct Title {
    text: String,
}

impl Title {
    fn longer(&self, other: &str) -> &str {
        if other.len() > self.text.len() {
            other
        } else {
            &self.text
        }
    }
}

fn main() {
    let t = Title { text: String::from("Rust") };
    println!("{}", t.longer("Ferris"));
}
