#[derive(Debug)]
enum Author {
    Named(String),
    Anonymous,
}

struct Post {
    title: String,
    author: Author,
}

impl Post {
    fn byline(&self) -> String {
        match self.author {
            Author::Named(name) => format!("{} by {}", self.title, name),
            Author::Anonymous => format!("{} (anonymous)", self.title),
        }
    }
}

fn main() {
    let p = Post { title: "Why Rust".to_string(), author: Author::Named("Ferris".to_string()) };
    println!("{}", p.byline());
    println!("{:?}", p.author);
}
