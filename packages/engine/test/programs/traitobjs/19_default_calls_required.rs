trait Greeter {
    fn name(&self) -> String;
    fn language(&self) -> &'static str {
        "en"
    }
    fn greeting(&self) -> String {
        match self.language() {
            "fr" => format!("Bonjour, {}!", self.name()),
            "de" => format!("Hallo, {}!", self.name()),
            _ => format!("Hello, {}!", self.name()),
        }
    }
}

struct English(String);
struct French(String);
struct German { first: String, last: String }

impl Greeter for English {
    fn name(&self) -> String { self.0.clone() }
}

impl Greeter for French {
    fn name(&self) -> String { self.0.clone() }
    fn language(&self) -> &'static str { "fr" }
}

impl Greeter for German {
    fn name(&self) -> String { format!("{} {}", self.first, self.last) }
    fn language(&self) -> &'static str { "de" }
}

fn main() {
    let people: Vec<Box<dyn Greeter>> = vec![
        Box::new(English("Alice".to_string())),
        Box::new(French("Émile".to_string())),
        Box::new(German { first: "Jonas".to_string(), last: "Weber".to_string() }),
    ];
    for p in &people {
        println!("[{}] {}", p.language(), p.greeting());
    }
}
