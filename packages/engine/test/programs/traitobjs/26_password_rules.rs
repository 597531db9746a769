trait Rule {
    fn check(&self, password: &str) -> bool;
    fn message(&self) -> String;
}

struct MinLength(usize);
struct HasDigit;
struct HasUppercase;
struct NotContains(String);

impl Rule for MinLength {
    fn check(&self, p: &str) -> bool { p.chars().count() >= self.0 }
    fn message(&self) -> String { format!("must be at least {} characters", self.0) }
}

impl Rule for HasDigit {
    fn check(&self, p: &str) -> bool { p.chars().any(|c| c.is_ascii_digit()) }
    fn message(&self) -> String { "must contain a digit".into() }
}

impl Rule for HasUppercase {
    fn check(&self, p: &str) -> bool { p.chars().any(|c| c.is_uppercase()) }
    fn message(&self) -> String { "must contain an uppercase letter".into() }
}

impl Rule for NotContains {
    fn check(&self, p: &str) -> bool { !p.to_lowercase().contains(&self.0) }
    fn message(&self) -> String { format!("must not contain '{}'", self.0) }
}

fn validate(password: &str, rules: &[Box<dyn Rule>]) -> Vec<String> {
    rules.iter().filter(|r| !r.check(password)).map(|r| r.message()).collect()
}

fn main() {
    let rules: Vec<Box<dyn Rule>> = vec![
        Box::new(MinLength(8)),
        Box::new(HasDigit),
        Box::new(HasUppercase),
        Box::new(NotContains("password".to_string())),
    ];
    for pw in ["hunter2", "Password123", "CorrectHorse9", "short"] {
        let errors = validate(pw, &rules);
        if errors.is_empty() {
            println!("{:<14} OK", pw);
        } else {
            println!("{:<14} FAIL: {}", pw, errors.join("; "));
        }
    }
}
