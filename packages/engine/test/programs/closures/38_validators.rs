struct Rule {
    name: &'static str,
    check: Box<dyn Fn(&str) -> bool>,
}

fn password_rules(min_len: usize) -> Vec<Rule> {
    vec![
        Rule { name: "long enough", check: Box::new(move |p| p.len() >= min_len) },
        Rule { name: "has digit", check: Box::new(|p| p.chars().any(|c| c.is_ascii_digit())) },
        Rule { name: "has upper", check: Box::new(|p| p.chars().any(char::is_uppercase)) },
        Rule { name: "no spaces", check: Box::new(|p| !p.contains(' ')) },
    ]
}

fn main() {
    let rules = password_rules(8);
    for pw in ["hunter2", "Correct Horse 9", "Tr0ub4dor", "PASSWORD"] {
        let failed: Vec<&str> = rules.iter().filter(|r| !(r.check)(pw)).map(|r| r.name).collect();
        if failed.is_empty() {
            println!("{:<16} ok", pw);
        } else {
            println!("{:<16} fails: {}", pw, failed.join(", "));
        }
    }
}
