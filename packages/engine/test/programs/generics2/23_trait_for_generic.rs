// Implementing a trait for a generic type, then using it generically.
trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    username: String,
    content: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("@{}: {}", self.username, self.content)
    }
}

impl<T: Summary> Summary for Vec<T> {
    fn summarize(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.summarize()).collect();
        format!("{} items: {}", self.len(), parts.join(" | "))
    }
}

fn notify<T: Summary>(item: &T) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let t1 = Tweet { username: String::from("rustlang"), content: String::from("1.95 released") };
    let t2 = Tweet { username: String::from("ferris"), content: String::from("click click") };
    notify(&t1);
    let feed = vec![t1, t2];
    notify(&feed);
}
