mod password {
    const MIN_LEN: usize = 8;

    fn has_digit(s: &str) -> bool {
        s.chars().any(|c| c.is_ascii_digit())
    }

    fn has_upper(s: &str) -> bool {
        s.chars().any(|c| c.is_ascii_uppercase())
    }

    fn has_symbol(s: &str) -> bool {
        s.chars().any(|c| !c.is_alphanumeric())
    }

    fn score(s: &str) -> u8 {
        let mut points = 0;
        if s.len() >= MIN_LEN {
            points += 1;
        }
        for ok in [has_digit(s), has_upper(s), has_symbol(s)] {
            if ok {
                points += 1;
            }
        }
        points
    }

    pub fn strength(s: &str) -> &'static str {
        match score(s) {
            0 | 1 => "weak",
            2 | 3 => "medium",
            _ => "strong",
        }
    }

    pub fn problems(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        if s.len() < MIN_LEN {
            out.push(format!("shorter than {} characters", MIN_LEN));
        }
        if !has_digit(s) {
            out.push("no digit".to_string());
        }
        if !has_upper(s) {
            out.push("no uppercase letter".to_string());
        }
        out
    }
}

fn main() {
    for pw in ["hunter2", "Correct-Horse-9", "password", "ABCdef12"] {
        println!("{:<16} {:<7} {:?}", pw, password::strength(pw), password::problems(pw));
    }
}
