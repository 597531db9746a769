use std::collections::HashSet;

// Mistake: Tag derives Hash and PartialEq but forgot Eq.
#[derive(Debug, Hash, PartialEq)]
struct Tag {
    name: String,
}

fn main() {
    let raw = vec!["rust", "memory", "rust", "ownership"];
    let tags: HashSet<Tag> = raw
        .into_iter()
        .map(|n| Tag { name: n.to_string() })
        .collect();
    println!("{} distinct tags", tags.len());
}
