use std::collections::HashSet;

const PHRASES: &str = "aa bb cc dd ee
aa bb cc dd aa
aa bb cc dd aaa
abcde fghij
abcde xyz ecdab
a ab abc abd abf abj
iiii oiii ooii oooi oooo
oiii ioii iioi iiio";

fn no_duplicates(phrase: &str) -> bool {
    let mut seen = HashSet::new();
    phrase.split_whitespace().all(|w| seen.insert(w))
}

fn no_anagrams(phrase: &str) -> bool {
    let mut seen: HashSet<Vec<char>> = HashSet::new();
    for word in phrase.split_whitespace() {
        let mut letters: Vec<char> = word.chars().collect();
        letters.sort_unstable();
        if !seen.insert(letters) {
            return false;
        }
    }
    true
}

fn main() {
    let part1 = PHRASES.lines().filter(|p| no_duplicates(p)).count();
    let part2 = PHRASES.lines().filter(|p| no_anagrams(p)).count();
    println!("Part 1: {}", part1);
    println!("Part 2: {}", part2);
}
