trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    username: String,
    content: String,
}

struct Podcast {
    host: String,
    episode: u32,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("{}: {}", self.username, self.content)
    }
}

fn notify<T: Summary>(item: &T) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let t = Tweet { username: "ferris".to_string(), content: "hello crabs".to_string() };
    let p = Podcast { host: "Jo".to_string(), episode: 12 };
    notify(&t);
    println!("{} hosts episode {}", p.host, p.episode);
    notify(&p);
}
