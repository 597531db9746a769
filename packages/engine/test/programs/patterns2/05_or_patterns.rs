#[derive(Debug, Clone, Copy)]
enum Key {
    Char(char),
    Enter,
    Escape,
    Tab,
    Backspace,
    Arrow(Dir),
}

#[derive(Debug, Clone, Copy)]
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

fn handle(k: Key) -> String {
    match k {
        Key::Char('q') | Key::Escape => "quit".to_string(),
        Key::Char(c @ ('a'..='z' | 'A'..='Z')) => format!("letter {}", c),
        Key::Char(c @ '0'..='9') => format!("digit {}", c),
        Key::Char(c) => format!("symbol {:?}", c),
        Key::Enter | Key::Tab => "confirm".to_string(),
        Key::Backspace => "delete".to_string(),
        Key::Arrow(Dir::Up | Dir::Down) => "vertical move".to_string(),
        Key::Arrow(d @ (Dir::Left | Dir::Right)) => format!("horizontal move {:?}", d),
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

fn main() {
    let keys = [
        Key::Char('h'),
        Key::Char('7'),
        Key::Char('#'),
        Key::Tab,
        Key::Arrow(Dir::Down),
        Key::Arrow(Dir::Left),
        Key::Backspace,
        Key::Char('q'),
    ];
    for k in keys {
        println!("{:?} => {}", k, handle(k));
    }
    let word = "Education";
    let vowels: String = word.chars().filter(|&c| is_vowel(c)).collect();
    println!("vowels in {}: {}", word, vowels);
}
