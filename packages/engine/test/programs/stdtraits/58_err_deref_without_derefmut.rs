use std::ops::Deref;

struct Scores(Vec<u32>);

impl Deref for Scores {
    type Target = Vec<u32>;
    fn deref(&self) -> &Vec<u32> {
        &self.0
    }
}

fn main() {
    let mut scores = Scores(vec![70, 85, 90]);
    println!("count = {}, best = {:?}", scores.len(), scores.iter().max());
    scores.push(100);
    println!("count = {}", scores.len());
}
