// AsRef<str> lets one function accept &str, String, &String ...
fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase() + "!"
}

fn count_vowels<T: AsRef<str>>(words: &[T]) -> usize {
    words
        .iter()
        .map(|w| w.as_ref().chars().filter(|c| "aeiouAEIOU".contains(*c)).count())
        .sum()
}

struct Slug(String);

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Slug {
    fn new(title: &str) -> Slug {
        let s: Vec<String> = title.split_whitespace().map(|w| w.to_lowercase()).collect();
        Slug(s.join("-"))
    }
}

fn main() {
    let owned = String::from("hello");
    println!("{}", shout("hey"));
    println!("{}", shout(&owned));
    println!("{}", shout(owned));

    let slug = Slug::new("Traits In The Standard Library");
    println!("{}", shout(&slug));
    println!("slug = {}", slug.as_ref());

    let a = ["apple", "kiwi", "banana"];
    let b = vec![String::from("orange"), String::from("fig")];
    println!("vowels in a: {}", count_vowels(&a));
    println!("vowels in b: {}", count_vowels(&b));
}
