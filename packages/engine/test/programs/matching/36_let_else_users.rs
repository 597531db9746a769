#[derive(Debug)]
struct Record {
    id: u32,
    email: Option<String>,
    tags: Vec<String>,
}

fn domain_of(rec: &Record) -> Option<&str> {
    let Some(email) = &rec.email else {
        return None;
    };
    let Some((_, domain)) = email.split_once('@') else {
        return None;
    };
    Some(domain)
}

fn first_tag(rec: &Record) -> &str {
    let [first, ..] = rec.tags.as_slice() else {
        return "(untagged)";
    };
    first
}

fn main() {
    let records = vec![
        Record { id: 1, email: Some("ann@example.org".into()), tags: vec!["staff".into(), "admin".into()] },
        Record { id: 2, email: None, tags: vec![] },
        Record { id: 3, email: Some("broken-address".into()), tags: vec!["guest".into()] },
    ];
    for r in &records {
        match domain_of(r) {
            Some(d) => println!("#{} domain {} tag {}", r.id, d, first_tag(r)),
            None => println!("#{} no domain, tag {}", r.id, first_tag(r)),
        }
    }
}
