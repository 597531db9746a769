// The blog post workflow with trait objects: each state decides the next one
trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn content<'a>(&self, _post: &'a Post) -> &'a str {
        ""
    }
    fn name(&self) -> &'static str;
}

struct Draft;
struct PendingReview {
    approvals: u32,
}
struct Published;

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        Box::new(PendingReview { approvals: 0 })
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "draft"
    }
}

impl State for PendingReview {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        // two approvals are needed
        if self.approvals + 1 >= 2 {
            Box::new(Published)
        } else {
            Box::new(PendingReview { approvals: self.approvals + 1 })
        }
    }
    fn name(&self) -> &'static str {
        "pending review"
    }
}

impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn content<'a>(&self, post: &'a Post) -> &'a str {
        &post.text
    }
    fn name(&self) -> &'static str {
        "published"
    }
}

struct Post {
    state: Option<Box<dyn State>>,
    text: String,
}

impl Post {
    fn new() -> Post {
        Post { state: Some(Box::new(Draft)), text: String::new() }
    }
    fn add_text(&mut self, t: &str) {
        self.text.push_str(t);
    }
    fn content(&self) -> &str {
        self.state.as_ref().unwrap().content(self)
    }
    fn request_review(&mut self) {
        if let Some(s) = self.state.take() {
            self.state = Some(s.request_review());
        }
    }
    fn approve(&mut self) {
        if let Some(s) = self.state.take() {
            self.state = Some(s.approve());
        }
    }
    fn status(&self) -> &'static str {
        self.state.as_ref().map(|s| s.name()).unwrap_or("?")
    }
}

fn main() {
    let mut post = Post::new();
    post.add_text("I ate a salad for lunch today");
    println!("[{}] {:?}", post.status(), post.content());
    post.approve();
    println!("[{}] {:?}", post.status(), post.content());
    post.request_review();
    println!("[{}] {:?}", post.status(), post.content());
    post.approve();
    println!("[{}] {:?}", post.status(), post.content());
    post.approve();
    println!("[{}] {:?}", post.status(), post.content());
}
