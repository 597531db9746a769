// Student mistake: struct derives Hash but not Eq, then used in a HashSet (E0599)
use std::collections::HashSet;

#[derive(Debug, Hash, PartialEq)]
struct Tag {
    name: String,
}

fn main() {
    let mut tags = HashSet::new();
    tags.insert(Tag { name: String::from("rust") });
    tags.insert(Tag { name: String::from("traits") });
    println!("{}", tags.len());
}
