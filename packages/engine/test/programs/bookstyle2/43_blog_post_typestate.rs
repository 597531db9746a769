// Encoding states as types: invalid transitions become compile errors.
pub struct DraftPost {
    content: String,
}

pub struct PendingReviewPost {
    content: String,
    approvals: u32,
}

pub struct Post {
    content: String,
}

impl Post {
    pub fn new() -> DraftPost {
        DraftPost { content: String::new() }
    }
    pub fn content(&self) -> &str {
        &self.content
    }
}

impl DraftPost {
    pub fn add_text(&mut self, text: &str) {
        self.content.push_str(text);
    }
    pub fn request_review(self) -> PendingReviewPost {
        PendingReviewPost { content: self.content, approvals: 0 }
    }
}

pub enum Review {
    NeedsMore(PendingReviewPost),
    Done(Post),
}

impl PendingReviewPost {
    // Two approvals are required before publishing.
    pub fn approve(mut self) -> Review {
        self.approvals += 1;
        if self.approvals >= 2 {
            Review::Done(Post { content: self.content })
        } else {
            Review::NeedsMore(self)
        }
    }
}

fn main() {
    let mut draft = Post::new();
    draft.add_text("Iterators are lazy.");
    let pending = draft.request_review();

    let pending = match pending.approve() {
        Review::NeedsMore(p) => {
            println!("one approval so far ({})", p.approvals);
            p
        }
        Review::Done(_) => unreachable!(),
    };

    match pending.approve() {
        Review::Done(post) => println!("published: {}", post.content()),
        Review::NeedsMore(_) => println!("still waiting"),
    }
}
