// AsRef<str> lets one function accept &str, String, &String and our own type.
struct Email {
    address: String,
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.address
    }
}

fn domain_of<S: AsRef<str>>(s: S) -> String {
    let text = s.as_ref();
    match text.find('@') {
        Some(i) => text[i + 1..].to_string(),
        None => String::from("<none>"),
    }
}

fn count_vowels(s: impl AsRef<str>) -> usize {
    s.as_ref().chars().filter(|c| "aeiou".contains(*c)).count()
}

fn main() {
    let owned = String::from("ada@lovelace.org");
    let mail = Email { address: "grace@navy.mil".to_string() };

    println!("{}", domain_of("alan@turing.uk"));
    println!("{}", domain_of(&owned));
    println!("{}", domain_of(&mail));
    println!("{}", domain_of("nobody"));

    // owned was only borrowed; now move it in.
    println!("{}", domain_of(owned));

    let words = vec!["education", "rhythm", "queue"];
    for w in &words {
        println!("{:<10} vowels: {}", w, count_vowels(w));
    }
    println!("mail vowels: {}", count_vowels(mail));
}
