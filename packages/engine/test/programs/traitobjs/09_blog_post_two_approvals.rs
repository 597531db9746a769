// Exercise from the Book: require two calls to approve before publishing,
// and allow reject to go back to Draft.
struct Post {
    state: Option<Box<dyn State>>,
    content: String,
}

impl Post {
    fn new() -> Self {
        Post { state: Some(Box::new(Draft)), content: String::new() }
    }
    fn add_text(&mut self, t: &str) {
        if self.status() == "draft" {
            self.content.push_str(t);
        }
    }
    fn status(&self) -> String {
        self.state.as_ref().unwrap().name()
    }
    fn content(&self) -> &str {
        if self.status() == "published" { &self.content } else { "" }
    }
    fn request_review(&mut self) {
        let s = self.state.take().unwrap();
        self.state = Some(s.request_review());
    }
    fn approve(&mut self) {
        let s = self.state.take().unwrap();
        self.state = Some(s.approve());
    }
    fn reject(&mut self) {
        let s = self.state.take().unwrap();
        self.state = Some(s.reject());
    }
}

trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn reject(self: Box<Self>) -> Box<dyn State>;
    fn name(&self) -> String;
}

struct Draft;
struct Pending { approvals: u32 }
struct Published;

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> { Box::new(Pending { approvals: 0 }) }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn reject(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> String { "draft".to_string() }
}

impl State for Pending {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        if self.approvals + 1 >= 2 {
            Box::new(Published)
        } else {
            Box::new(Pending { approvals: self.approvals + 1 })
        }
    }
    fn reject(self: Box<Self>) -> Box<dyn State> { Box::new(Draft) }
    fn name(&self) -> String { format!("pending({} approvals)", self.approvals) }
}

impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn reject(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> String { "published".to_string() }
}

fn main() {
    let mut post = Post::new();
    post.add_text("Rust traits are neat.");
    post.request_review();
    println!("{}", post.status());
    post.reject();
    println!("{}", post.status());
    post.add_text(" Really.");
    post.request_review();
    post.approve();
    println!("{} -> '{}'", post.status(), post.content());
    post.approve();
    println!("{} -> '{}'", post.status(), post.content());
}
