// Default trait methods, and overriding them
trait Summary {
    fn author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }

    fn headline(&self) -> String {
        format!("[{}]", self.summarize())
    }
}

struct Tweet {
    username: String,
    content: String,
}

struct Article {
    title: String,
    writer: String,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.username)
    }
    // uses the default summarize
}

impl Summary for Article {
    fn author(&self) -> String {
        self.writer.clone()
    }
    fn summarize(&self) -> String {
        format!("{}, by {}", self.title, self.author())
    }
}

fn main() {
    let t = Tweet {
        username: String::from("rustlang"),
        content: String::from("Rust 2024 is out"),
    };
    let a = Article {
        title: String::from("Traits explained"),
        writer: String::from("Ferris"),
    };
    println!("{}", t.summarize());
    println!("{}", t.headline());
    println!("{}", a.summarize());
    println!("{}", a.headline());
    println!("tweet length: {}", t.content.len());
}
