// The "book" state pattern: states are trait objects taking self: Box<Self>.
trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn name(&self) -> &'static str;
}

struct Draft;
struct Pending;
struct Published;

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> { Box::new(Pending) }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> &'static str { "draft" }
}
impl State for Pending {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> { Box::new(Published) }
    fn name(&self) -> &'static str { "pending" }
}
impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> { self }
    fn approve(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> &'static str { "published" }
}

struct Post {
    state: Option<Box<dyn State>>,
}

impl Post {
    fn step(&mut self, approve: bool) {
        if let Some(s) = self.state.take() {
            self.state = Some(if approve { s.approve() } else { s.request_review() });
        }
        println!("now {}", self.state.as_ref().unwrap().name());
    }
}

fn main() {
    let mut post = Post { state: Some(Box::new(Draft)) };
    post.step(true);
    post.step(false);
    post.step(true);
    post.step(false);
}
