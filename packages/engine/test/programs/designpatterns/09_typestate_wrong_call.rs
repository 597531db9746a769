// Mistake: calling a method that only exists in another state.
use std::marker::PhantomData;

struct Draft;
struct Published;

struct Post<S> {
    text: String,
    _s: PhantomData<S>,
}

impl Post<Draft> {
    fn new(text: &str) -> Self {
        Post { text: text.to_string(), _s: PhantomData }
    }
    fn publish(self) -> Post<Published> {
        Post { text: self.text, _s: PhantomData }
    }
}

impl Post<Published> {
    fn content(&self) -> &str {
        &self.text
    }
}

fn main() {
    let draft = Post::new("Hello, readers");
    println!("{}", draft.content());
    let post = draft.publish();
    println!("{}", post.content());
}
