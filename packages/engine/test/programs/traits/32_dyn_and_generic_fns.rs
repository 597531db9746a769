// Generic functions that take trait objects, and dyn with generic helpers
use std::fmt::Debug;

trait Scorer {
    fn score(&self, word: &str) -> u32;
}

struct LengthScorer;
struct VowelScorer {
    bonus: u32,
}

impl Scorer for LengthScorer {
    fn score(&self, word: &str) -> u32 {
        word.len() as u32
    }
}

impl Scorer for VowelScorer {
    fn score(&self, word: &str) -> u32 {
        word.chars().filter(|c| "aeiou".contains(*c)).count() as u32 * self.bonus
    }
}

fn best_word<'a, S: Scorer + ?Sized>(s: &S, words: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(&str, u32)> = None;
    for &w in words {
        let sc = s.score(w);
        if best.map_or(true, |(_, b)| sc > b) {
            best = Some((w, sc));
        }
    }
    best.map(|(w, _)| w)
}

fn show<T: Debug + ?Sized>(label: &str, value: &T) {
    println!("{}: {:?}", label, value);
}

fn main() {
    let words = ["sky", "queue", "strength", "aria"];
    let scorers: Vec<Box<dyn Scorer>> = vec![Box::new(LengthScorer), Box::new(VowelScorer { bonus: 2 })];
    for s in &scorers {
        let b = best_word(s.as_ref(), &words);
        show("best", &b);
        let total: u32 = words.iter().map(|w| s.score(w)).sum();
        show("total", &total);
    }
    show("slice", &words[..2]);
    show("str", "unsized");
    println!("direct: {:?}", best_word(&LengthScorer, &["a", "bb"]));
}
