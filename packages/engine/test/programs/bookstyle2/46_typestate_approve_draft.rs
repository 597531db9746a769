// Quiz: with typestate, can a draft be approved directly?
struct DraftPost {
    content: String,
}

struct PendingReviewPost {
    content: String,
}

struct Post {
    content: String,
}

impl DraftPost {
    fn request_review(self) -> PendingReviewPost {
        PendingReviewPost { content: self.content }
    }
}

impl PendingReviewPost {
    fn approve(self) -> Post {
        Post { content: self.content }
    }
}

fn main() {
    let draft = DraftPost { content: String::from("Smart pointers") };
    let post = draft.approve();
    println!("{}", post.content);
}
