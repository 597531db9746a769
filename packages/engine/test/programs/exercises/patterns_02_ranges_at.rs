fn classify_age(age: u32) -> &'static str {
    match age {
        0 => "newborn",
        1..=12 => "child",
        13..=19 => "teenager",
        20..=64 => "adult",
        _ => "senior",
    }
}

fn grade(score: u32) -> String {
    match score {
        s @ 90..=100 => format!("A ({})", s),
        s @ 80..=89 => format!("B ({})", s),
        s @ 70..=79 => format!("C ({})", s),
        s @ 0..=69 => format!("F ({})", s),
        other => format!("invalid score {}", other),
    }
}

fn char_kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "uppercase",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "whitespace",
        _ => "other",
    }
}

fn main() {
    for age in [0, 5, 13, 19, 35, 64, 80] {
        println!("{:>3} -> {}", age, classify_age(age));
    }
    for s in [100, 85, 72, 40, 101] {
        println!("{}", grade(s));
    }
    let text = "Hi 2u!";
    for c in text.chars() {
        println!("{:?} is {}", c, char_kind(c));
    }
    let n = 42;
    let msg = match n {
        x @ (1 | 2 | 3) => format!("small {}", x),
        x if x % 2 == 0 => format!("even {}", x),
        x => format!("odd {}", x),
    };
    println!("{}", msg);
}
