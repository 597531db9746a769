// References let a function use a value without taking ownership.
fn calculate_length(s: &String) -> usize {
    s.len()
}

fn count_vowels(s: &str) -> usize {
    s.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

fn longest_word(words: &Vec<String>) -> &String {
    let mut best = &words[0];
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    let s1 = String::from("borrowing");
    let len = calculate_length(&s1);
    println!("The length of '{}' is {}.", s1, len);
    println!("vowels in '{}': {}", s1, count_vowels(&s1));

    let words = vec![String::from("ant"), String::from("elephant"), String::from("cat")];
    let lw = longest_word(&words);
    println!("longest word: {}", lw);
    println!("words still owned by main: {:?}", words);

    let r1 = &s1;
    let r2 = &s1;
    println!("two shared refs: {} {}", r1, r2);
}
