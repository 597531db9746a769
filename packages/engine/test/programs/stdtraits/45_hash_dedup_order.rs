use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Email {
    user: String,
    domain: String,
}

impl Email {
    fn parse(s: &str) -> Option<Email> {
        let (user, domain) = s.split_once('@')?;
        Some(Email { user: user.to_lowercase(), domain: domain.to_lowercase() })
    }
}

fn main() {
    let signups = [
        "Ann@Example.com",
        "bob@example.com",
        "not-an-email",
        "ann@example.com",
        "carl@test.org",
        "BOB@EXAMPLE.COM",
        "dana@test.org",
    ];

    let mut seen = HashSet::new();
    let mut unique = Vec::new();
    for raw in signups.iter() {
        match Email::parse(raw) {
            Some(e) => {
                if seen.insert(e.clone()) {
                    unique.push(e);
                } else {
                    println!("duplicate: {}", raw);
                }
            }
            None => println!("invalid:   {}", raw),
        }
    }
    println!("{} unique, in signup order:", unique.len());
    for e in &unique {
        println!("  {}@{}", e.user, e.domain);
    }

    let domains: HashSet<&str> = unique.iter().map(|e| e.domain.as_str()).collect();
    let mut domains: Vec<_> = domains.into_iter().collect();
    domains.sort();
    println!("domains: {:?}", domains);
}
