// The same workflow with an enum instead of trait objects.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Draft,
    PendingReview,
    Published,
}

struct Post {
    status: Status,
    content: String,
    history: Vec<Status>,
}

impl Post {
    fn new() -> Self {
        Post { status: Status::Draft, content: String::new(), history: vec![Status::Draft] }
    }

    fn add_text(&mut self, text: &str) {
        if self.status == Status::Draft {
            self.content.push_str(text);
        }
    }

    fn advance(&mut self) {
        self.status = match self.status {
            Status::Draft => Status::PendingReview,
            Status::PendingReview => Status::Published,
            Status::Published => Status::Published,
        };
        self.history.push(self.status);
    }

    fn reject(&mut self) {
        if let Status::PendingReview = self.status {
            self.status = Status::Draft;
            self.history.push(self.status);
        }
    }

    fn content(&self) -> &str {
        match self.status {
            Status::Published => &self.content,
            _ => "",
        }
    }
}

fn main() {
    let mut post = Post::new();
    post.add_text("Patterns are everywhere");
    post.advance();
    post.add_text(" (ignored while in review)");
    post.reject();
    post.add_text(" in Rust.");
    post.advance();
    println!("before approval: {:?}", post.content());
    post.advance();
    println!("after approval: {:?}", post.content());
    println!("history: {:?}", post.history);
}
