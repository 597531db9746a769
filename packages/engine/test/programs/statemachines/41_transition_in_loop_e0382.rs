// Advancing a workflow in a loop but never storing the new state
#[derive(Debug)]
enum Review {
    Draft(String),
    InReview(String),
    Published(String),
}

impl Review {
    fn advance(self) -> Review {
        match self {
            Review::Draft(t) => Review::InReview(t),
            Review::InReview(t) => Review::Published(t),
            Review::Published(t) => Review::Published(t),
        }
    }
}

fn main() {
    let post = Review::Draft(String::from("Why enums are great"));
    for round in 0..2 {
        let next = post.advance();
        println!("round {}: {:?}", round, next);
    }
}
