// Collecting every line that contains a word; the results borrow from the text.
struct Highlighter<'a> {
    text: &'a str,
}

impl<'a> Highlighter<'a> {
    fn lines_with(&self, word: &str) -> Vec<&'a str> {
        self.text.lines().filter(|l| l.contains(word)).collect()
    }

    fn count(&self, word: &str) -> usize {
        self.text.matches(word).count()
    }
}

fn main() {
    let poem = "I'm nobody! Who are you?\n\
                Are you nobody, too?\n\
                Then there's a pair of us - don't tell!\n\
                They'd banish us, you know.";

    let found;
    {
        let h = Highlighter { text: poem };
        println!("'you' appears {} times", h.count("you"));
        found = h.lines_with("nobody");
    }
    for line in &found {
        println!("> {}", line);
    }
}
