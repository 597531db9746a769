// Calling a self: Box<Self> transition straight on the field, without take()
trait State {
    fn next(self: Box<Self>) -> Box<dyn State>;
    fn name(&self) -> &'static str;
}

struct Draft;
struct Review;

impl State for Draft {
    fn next(self: Box<Self>) -> Box<dyn State> {
        Box::new(Review)
    }
    fn name(&self) -> &'static str {
        "draft"
    }
}

impl State for Review {
    fn next(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "review"
    }
}

struct Post {
    state: Box<dyn State>,
}

impl Post {
    fn advance(&mut self) {
        self.state = self.state.next();
    }
}

fn main() {
    let mut p = Post { state: Box::new(Draft) };
    p.advance();
    println!("{}", p.state.name());
}
