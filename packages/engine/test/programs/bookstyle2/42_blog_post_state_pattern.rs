// The state pattern: each state is a struct behind Box<dyn State>.
pub struct Post {
    state: Option<Box<dyn State>>,
    content: String,
}

impl Post {
    pub fn new() -> Post {
        Post { state: Some(Box::new(Draft {})), content: String::new() }
    }
    pub fn add_text(&mut self, text: &str) {
        self.content.push_str(text);
    }
    pub fn content(&self) -> &str {
        self.state.as_ref().unwrap().content(self)
    }
    pub fn status(&self) -> &'static str {
        self.state.as_ref().unwrap().name()
    }
    pub fn request_review(&mut self) {
        if let Some(s) = self.state.take() {
            self.state = Some(s.request_review())
        }
    }
    pub fn approve(&mut self) {
        if let Some(s) = self.state.take() {
            self.state = Some(s.approve())
        }
    }
}

trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn name(&self) -> &'static str;
    fn content<'a>(&self, _post: &'a Post) -> &'a str {
        ""
    }
}

struct Draft {}
struct PendingReview {}
struct Published {}

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> { Box::new(PendingReview {}) }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> &'static str { "draft" }
}

impl State for PendingReview {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> { Box::new(Published {}) }
    fn name(&self) -> &'static str { "pending review" }
}

impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> &'static str { "published" }
    fn content<'a>(&self, post: &'a Post) -> &'a str { &post.content }
}

fn main() {
    let mut post = Post::new();
    post.add_text("Closures capture their environment.");
    println!("{}: {:?}", post.status(), post.content());

    post.approve(); // approving a draft does nothing
    println!("{}: {:?}", post.status(), post.content());

    post.request_review();
    println!("{}: {:?}", post.status(), post.content());

    post.approve();
    println!("{}: {:?}", post.status(), post.content());
}
