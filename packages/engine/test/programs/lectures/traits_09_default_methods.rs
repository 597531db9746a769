// Default method implementations and overriding them.
trait Summary {
    fn author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }

    fn headline(&self) -> String {
        format!("NEWS: {}", self.summarize())
    }
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

struct Article {
    title: String,
    author: String,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.username)
    }
    fn summarize(&self) -> String {
        format!("{}: {} [{} RTs]", self.author(), self.content, self.retweets)
    }
}

impl Summary for Article {
    fn author(&self) -> String {
        self.author.clone()
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking! {}", item.headline());
}

fn make_tweet(user: &str, text: &str) -> impl Summary {
    Tweet { username: user.to_string(), content: text.to_string(), retweets: 0 }
}

fn main() {
    let t = Tweet { username: "ferris".into(), content: "ownership is neat".into(), retweets: 12 };
    let a = Article { title: "Borrowing explained".into(), author: "Dr. Crab".into() };
    println!("{}", t.summarize());
    println!("{} -- {}", a.title, a.summarize());
    notify(&t);
    notify(&a);
    let t2 = make_tweet("corro", "unsafe is scary");
    println!("{}", t2.headline());
}
