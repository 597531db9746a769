// A trait with a required method and a default method that uses it.
trait Summary {
    fn author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

struct BlogPost {
    title: String,
    writer: String,
}

struct Toot {
    handle: String,
    body: String,
    boosts: u32,
}

impl Summary for BlogPost {
    fn author(&self) -> String {
        self.writer.clone()
    }
}

impl Summary for Toot {
    fn author(&self) -> String {
        format!("@{}", self.handle)
    }

    fn summarize(&self) -> String {
        format!("{}: {} [{} boosts]", self.author(), self.body, self.boosts)
    }
}

fn main() {
    let post = BlogPost { title: String::from("Lifetimes demystified"), writer: String::from("Mara") };
    let toot = Toot { handle: String::from("rustacean"), body: String::from("cargo is great"), boosts: 12 };
    println!("{} -> {}", post.title, post.summarize());
    println!("{}", toot.summarize());
}
