fn count_vowels(text: &str) -> usize {
    let mut count = 0;
    for c in text.chars() {
        if "aeiouAEIOU".contains(c) {
            count += 1;
        }
    }
    count
}

fn main() {
    let sentence = String::from("The quick brown fox");
    let n = count_vowels(sentence);
    println!("{} vowels", n);
}
