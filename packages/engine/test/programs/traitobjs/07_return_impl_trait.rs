trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("@{}: {} ({} retweets)", self.username, self.content, self.retweets)
    }
}

fn returns_summarizable() -> impl Summary {
    Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
        retweets: 12,
    }
}

fn make_counter_list(n: u32) -> impl Iterator<Item = u32> {
    (1..=n).map(|x| x * x)
}

fn main() {
    let s = returns_summarizable();
    println!("{}", s.summarize());

    let squares: Vec<u32> = make_counter_list(5).collect();
    println!("{:?}", squares);
}
