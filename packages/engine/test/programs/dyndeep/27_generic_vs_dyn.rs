use std::mem::size_of_val;

trait Scorer {
    fn score(&self, word: &str) -> usize;
}

struct Length;
struct Vowels;

impl Scorer for Length {
    fn score(&self, word: &str) -> usize { word.len() }
}
impl Scorer for Vowels {
    fn score(&self, word: &str) -> usize {
        word.chars().filter(|c| "aeiou".contains(*c)).count()
    }
}

// Static dispatch: one copy per type.
fn best_static<S: Scorer>(s: &S, words: &[&str]) -> String {
    words.iter().max_by_key(|w| s.score(w)).unwrap().to_string()
}

// Dynamic dispatch: one copy, lookup through the vtable.
fn best_dyn(s: &dyn Scorer, words: &[&str]) -> String {
    words.iter().max_by_key(|w| s.score(w)).unwrap().to_string()
}

fn main() {
    let words = ["sky", "banana", "queue", "strength"];
    println!("{}", best_static(&Length, &words));
    println!("{}", best_static(&Vowels, &words));
    println!("{}", best_dyn(&Length, &words));
    println!("{}", best_dyn(&Vowels, &words));
    let r: &dyn Scorer = &Length;
    println!("size of the pointee: {}", size_of_val(r));
}
