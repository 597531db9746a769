// Borrowing: the function looks at the String without taking it.
fn count_vowels(text: &String) -> usize {
    text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

fn longest_word_len(text: &str) -> usize {
    let mut best = 0;
    for word in text.split_whitespace() {
        if word.len() > best {
            best = word.len();
        }
    }
    best
}

fn main() {
    let sentence = String::from("Ownership is Rust's most unique feature");
    let vowels = count_vowels(&sentence);
    let longest = longest_word_len(&sentence);
    println!("'{sentence}'");
    println!("vowels: {vowels}, longest word: {longest}");

    let r1 = &sentence;
    let r2 = &sentence;
    println!("two shared borrows: {} and {}", r1.len(), r2.len());
}
