const POEM: &str = "I'm nobody! Who are you?
Are you nobody, too?
Then there's a pair of us - don't tell!
They'd banish us, you know.";

fn main() {
    let mut total_words = 0;
    for (n, line) in POEM.lines().enumerate() {
        let words = line.split_whitespace().count();
        total_words += words;
        println!("{:>2}: {:<40} ({} words)", n + 1, line, words);
    }
    println!("lines: {}", POEM.lines().count());
    println!("words: {}", total_words);

    let messy = "   lots   of\tspace\n here  ";
    let words: Vec<&str> = messy.split_whitespace().collect();
    println!("{:?}", words);
    println!("normalized: '{}'", words.join(" "));
}
