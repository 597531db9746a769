pub trait Summary {
    fn summarize_author(&self) -> String;
    fn headline(&self) -> String;

    fn summarize(&self) -> String {
        format!("{} (Read more from {}...)", self.headline(), self.summarize_author())
    }
}

pub struct Tweet {
    pub username: String,
    pub content: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

fn main() {
    let tweet = Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
    };
    println!("1 new tweet: {}", tweet.summarize());
    println!("{}", tweet.content);
}
