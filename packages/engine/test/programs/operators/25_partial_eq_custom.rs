// PartialEq by hand: two usernames are equal ignoring case and surrounding spaces.
#[derive(Debug)]
struct Username(String);

impl PartialEq for Username {
    fn eq(&self, other: &Self) -> bool {
        self.0.trim().to_lowercase() == other.0.trim().to_lowercase()
    }
}

// Compare a Username directly against a &str as well.
impl PartialEq<&str> for Username {
    fn eq(&self, other: &&str) -> bool {
        self.0.trim().eq_ignore_ascii_case(other.trim())
    }
}

#[derive(Debug)]
struct Measurement {
    value: f64,
    label: String,
}

// Only the value matters for equality; the label is ignored.
impl PartialEq for Measurement {
    fn eq(&self, other: &Self) -> bool {
        (self.value - other.value).abs() < 1e-9
    }
}

fn main() {
    let a = Username("Alice".to_string());
    let b = Username("  alice ".to_string());
    let c = Username("Bob".to_string());

    println!("a == b: {}", a == b);
    println!("a != c: {}", a != c);
    println!("a == \"ALICE\": {}", a == "ALICE");

    let m1 = Measurement { value: 0.1 + 0.2, label: "sum".into() };
    let m2 = Measurement { value: 0.3, label: "literal".into() };
    println!("{} vs {}: equal? {}", m1.label, m2.label, m1 == m2);

    let list = vec![Username("carol".into()), Username("ALICE".into())];
    println!("contains alice: {}", list.contains(&a));
    println!("position: {:?}", list.iter().position(|u| *u == b));
}
