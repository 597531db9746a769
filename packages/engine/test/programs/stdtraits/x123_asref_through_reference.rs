struct Slug(String);

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn main() {
    let slug = Slug(String::from("std-traits"));
    println!("{}", shout(&slug));
}
