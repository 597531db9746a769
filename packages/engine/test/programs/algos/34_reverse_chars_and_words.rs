fn reverse_chars(s: &str) -> String {
    s.chars().rev().collect()
}

fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<&str>>().join(" ")
}

fn reverse_each_word(s: &str) -> String {
    s.split(' ')
        .map(|w| w.chars().rev().collect::<String>())
        .collect::<Vec<String>>()
        .join(" ")
}

fn reverse_manual(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = chars.len();
    while i > 0 {
        i -= 1;
        out.push(chars[i]);
    }
    out
}

fn main() {
    let line = "the quick brown fox jumps";
    println!("chars:      {}", reverse_chars(line));
    println!("words:      {}", reverse_words(line));
    println!("each word:  {}", reverse_each_word(line));
    println!("manual:     {}", reverse_manual(line));
    println!("unicode:    {}", reverse_chars("añb→ç"));
    println!("spaces:     [{}]", reverse_words("  leading and   trailing  "));
}
