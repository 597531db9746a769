mod media {
    pub trait Summary {
        fn author(&self) -> String;

        fn summarize(&self) -> String {
            format!("(Read more from {}...)", self.author())
        }
    }
}

mod content {
    use crate::media::Summary;

    pub struct Article {
        pub headline: String,
        pub writer: String,
    }

    pub struct Post {
        pub handle: String,
        pub text: String,
        pub likes: u32,
    }

    impl Summary for Article {
        fn author(&self) -> String {
            self.writer.clone()
        }
    }

    impl Summary for Post {
        fn author(&self) -> String {
            format!("@{}", self.handle)
        }
        fn summarize(&self) -> String {
            format!("{}: {} [{} likes]", self.author(), self.text, self.likes)
        }
    }
}

use content::{Article, Post};
use media::Summary;

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn longest_summary<T: Summary, U: Summary>(a: &T, b: &U) -> String {
    let (x, y) = (a.summarize(), b.summarize());
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let art = Article { headline: "Penguins win the Stanley Cup".into(), writer: "Iceburgh".into() };
    let post = Post { handle: "rustlang".into(), text: "1.0 is out".into(), likes: 5210 };
    notify(&art);
    notify(&post);
    println!("headline: {}", art.headline);
    println!("longest: {}", longest_summary(&art, &post));
}
