// Rust Book ch. 10 / 17: the same function, static vs dynamic dispatch.
trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
    content: String,
}

struct NewsArticle {
    headline: String,
    author: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for NewsArticle {
    fn summarize_author(&self) -> String {
        self.author.clone()
    }
    fn summarize(&self) -> String {
        format!("{}, by {}", self.headline, self.author)
    }
}

fn notify_static<T: Summary>(item: &T) {
    println!("Breaking news! {}", item.summarize());
}

fn notify_dyn(item: &dyn Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let tweet = Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
    };
    let article = NewsArticle {
        headline: String::from("Penguins win the Stanley Cup"),
        author: String::from("Iceburgh"),
    };
    notify_static(&tweet);
    notify_static(&article);
    notify_dyn(&tweet);
    notify_dyn(&article);
    let feed: [&dyn Summary; 2] = [&article, &tweet];
    for item in feed {
        println!("- {}", item.summarize_author());
    }
    println!("tweet length: {}", tweet.content.len());
}
