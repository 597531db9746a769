// Fixed: one named lifetime for self and the argument.
struct Title {
    text: String,
}

impl Title {
    fn longer<'a>(&'a self, other: &'a str) -> &'a str {
        if other.len() > self.text.len() {
            other
        } else {
            &self.text
        }
    }
}

fn main() {
    let t = Title { text: String::from("Rust") };
    let other = String::from("Ferris");
    println!("{}", t.longer(&other));
    println!("{}", t.longer("Go"));
}
