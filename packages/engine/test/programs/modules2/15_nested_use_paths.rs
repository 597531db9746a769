// Nested paths in `use` and `self` inside a braced list.
use std::collections::{BTreeMap, HashMap};

mod text {
    pub mod words {
        pub fn count(s: &str) -> usize {
            s.split_whitespace().count()
        }
    }
    pub mod chars {
        pub fn vowels(s: &str) -> usize {
            s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
        }
    }
}

use text::{chars, words::{self, count}};

fn main() {
    let lines = ["the quick brown fox", "jumps over", "the lazy dog"];
    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    let mut vowels: HashMap<&str, usize> = HashMap::new();
    for l in lines.iter() {
        by_len.entry(count(l)).or_insert_with(Vec::new).push(l);
        vowels.insert(l, chars::vowels(l));
    }
    for (n, ls) in &by_len {
        println!("{} words: {:?}", n, ls);
    }
    println!("total words: {}", lines.iter().map(|l| words::count(l)).sum::<usize>());
    println!("vowels in 'the lazy dog': {}", vowels["the lazy dog"]);
}
