// A custom iterator over a word's letters from both ends, with a length.
struct Letters<'a> {
    chars: &'a [char],
    front: usize,
    back: usize,
}

impl<'a> Letters<'a> {
    fn new(chars: &'a [char]) -> Self {
        Letters { chars, front: 0, back: chars.len() }
    }
}

impl<'a> Iterator for Letters<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.front == self.back { return None; }
        self.front += 1;
        Some(self.chars[self.front - 1])
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a> DoubleEndedIterator for Letters<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front == self.back { return None; }
        self.back -= 1;
        Some(self.chars[self.back])
    }
}

impl<'a> ExactSizeIterator for Letters<'a> {}

fn is_palindrome(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    Letters::new(&chars).eq(Letters::new(&chars).rev())
}

fn main() {
    for w in ["level", "rotor", "rust", "a", ""] {
        println!("{:>6}: {}", w, is_palindrome(w));
    }
    let chars: Vec<char> = "memory".chars().collect();
    let mut it = Letters::new(&chars);
    it.next();
    it.next_back();
    println!("left: {} -> {:?}", it.len(), it.rev().collect::<String>());
}
