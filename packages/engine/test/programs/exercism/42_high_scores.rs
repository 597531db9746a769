// High scores: a struct that borrows the score list for its lifetime.
#[derive(Debug)]
pub struct HighScores<'a> {
    scores: &'a [u32],
}

impl<'a> HighScores<'a> {
    pub fn new(scores: &'a [u32]) -> Self {
        HighScores { scores }
    }

    pub fn scores(&self) -> &'a [u32] {
        self.scores
    }

    pub fn latest(&self) -> Option<u32> {
        self.scores.last().copied()
    }

    pub fn personal_best(&self) -> Option<u32> {
        self.scores.iter().max().copied()
    }

    pub fn personal_top_three(&self) -> Vec<u32> {
        let mut sorted = self.scores.to_vec();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        sorted.truncate(3);
        sorted
    }
}

fn main() {
    let list = vec![30, 50, 20, 70, 10, 70];
    let hs = HighScores::new(&list);
    println!("all:    {:?}", hs.scores());
    println!("latest: {:?}", hs.latest());
    println!("best:   {:?}", hs.personal_best());
    println!("top 3:  {:?}", hs.personal_top_three());

    let empty = HighScores::new(&[]);
    println!("{:?} {:?} {:?} {:?}", empty, empty.latest(), empty.personal_best(), empty.personal_top_three());
}
