use std::collections::{BTreeMap, HashMap};

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of \
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of \
incredulity, it was the season of Light, it was the season of Darkness, it was the spring \
of hope, it was the winter of despair.";

struct Stats {
    chars: usize,
    letters: usize,
    words: usize,
    sentences: usize,
    longest: String,
    frequencies: HashMap<String, u32>,
}

impl Stats {
    fn from_text(text: &str) -> Stats {
        let mut frequencies = HashMap::new();
        let mut longest = String::new();
        let mut words = 0;
        for raw in text.split_whitespace() {
            let word: String = raw
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if word.is_empty() {
                continue;
            }
            words += 1;
            if word.len() > longest.len() {
                longest = word.clone();
            }
            *frequencies.entry(word).or_insert(0) += 1;
        }
        Stats {
            chars: text.chars().count(),
            letters: text.chars().filter(|c| c.is_alphabetic()).count(),
            words,
            sentences: text.matches(|c| c == '.' || c == '!' || c == '?').count(),
            longest,
            frequencies,
        }
    }

    fn top(&self, n: usize) -> Vec<(&str, u32)> {
        let mut pairs: Vec<(&str, u32)> = self
            .frequencies
            .iter()
            .map(|(w, &c)| (w.as_str(), c))
            .collect();
        // highest count first, ties broken alphabetically
        pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        pairs.truncate(n);
        pairs
    }

    fn length_histogram(&self) -> BTreeMap<usize, u32> {
        let mut hist = BTreeMap::new();
        for (word, count) in &self.frequencies {
            *hist.entry(word.len()).or_insert(0) += count;
        }
        hist
    }
}

fn main() {
    let stats = Stats::from_text(TEXT);
    println!("characters : {}", stats.chars);
    println!("letters    : {}", stats.letters);
    println!("words      : {}", stats.words);
    println!("unique     : {}", stats.frequencies.len());
    println!("sentences  : {}", stats.sentences);
    println!("longest    : {}", stats.longest);
    println!(
        "avg length : {:.2}",
        stats.letters as f64 / stats.words as f64
    );

    println!("\ntop 8 words:");
    for (rank, (word, count)) in stats.top(8).iter().enumerate() {
        let bar = "#".repeat(*count as usize);
        println!("{:>2}. {:<8} {:>2} {}", rank + 1, word, count, bar);
    }

    println!("\nword lengths:");
    for (len, count) in stats.length_histogram() {
        println!("{:>2} letters: {}", len, count);
    }

    let once: Vec<&str> = {
        let mut v: Vec<&str> = stats
            .frequencies
            .iter()
            .filter(|&(_, &c)| c == 1)
            .map(|(w, _)| w.as_str())
            .collect();
        v.sort_unstable();
        v
    };
    println!("\nhapax legomena ({}): {}", once.len(), once.join(", "));
}
