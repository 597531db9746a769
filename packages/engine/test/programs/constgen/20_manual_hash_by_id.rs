use std::collections::HashSet;
use std::hash::{Hash, Hasher};

// Two records are "the same student" when their ids match,
// even if the name was typed differently.
#[derive(Debug)]
struct Student {
    id: u32,
    name: String,
}

impl PartialEq for Student {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Student {}

impl Hash for Student {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

fn main() {
    let records = vec![
        Student { id: 7, name: String::from("Ana") },
        Student { id: 3, name: String::from("Bo") },
        Student { id: 7, name: String::from("Anna") },
        Student { id: 9, name: String::from("Cy") },
    ];
    let mut roster = HashSet::new();
    for s in records {
        let label = format!("{}#{}", s.name, s.id);
        if roster.insert(s) {
            println!("added {}", label);
        } else {
            println!("duplicate {}", label);
        }
    }
    let mut ids: Vec<u32> = roster.iter().map(|s| s.id).collect();
    ids.sort();
    println!("ids: {:?}", ids);
}
