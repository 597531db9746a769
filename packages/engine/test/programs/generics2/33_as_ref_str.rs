// AsRef<str> accepts &str, String and &String alike.
fn word_count<S: AsRef<str>>(text: S) -> usize {
    text.as_ref().split_whitespace().count()
}

fn total_words<S: AsRef<str>>(lines: &[S]) -> usize {
    lines.iter().map(|l| word_count(l)).sum()
}

fn main() {
    let owned = String::from("the quick brown fox");
    println!("{}", word_count("hello world"));
    println!("{}", word_count(&owned));
    println!("{}", word_count(owned));

    let poem = ["roses are red", "violets are blue"];
    println!("poem: {}", total_words(&poem));

    let notes = vec![String::from("buy milk"), String::from("call mum today")];
    println!("notes: {}", total_words(&notes));
}
