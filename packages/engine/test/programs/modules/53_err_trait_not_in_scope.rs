// expected: E0599 no method `summarize`: the trait is not imported into main's scope
mod aggregator {
    pub trait Summary {
        fn summarize(&self) -> String;
    }

    pub struct Tweet {
        pub username: String,
        pub content: String,
    }

    impl Summary for Tweet {
        fn summarize(&self) -> String {
            format!("{}: {}", self.username, self.content)
        }
    }
}

use aggregator::Tweet;

fn main() {
    let tweet = Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
    };
    println!("1 new tweet: {}", tweet.summarize());
}
