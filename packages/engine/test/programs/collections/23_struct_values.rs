use std::collections::HashMap;

#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let mut roster: HashMap<u32, Student> = HashMap::new();
    roster.insert(7, Student { name: String::from("Ivy"), grade: 88 });
    roster.insert(3, Student { name: String::from("Jon"), grade: 92 });
    roster.insert(5, Student { name: String::from("Kim"), grade: 75 });

    if let Some(s) = roster.get(&3) {
        println!("#3 is {} with {}", s.name, s.grade);
    }

    if let Some(s) = roster.get_mut(&5) {
        s.grade += 10;
    }
    println!("{:?}", roster[&5]);

    let mut ids: Vec<&u32> = roster.keys().collect();
    ids.sort();
    for id in ids {
        let s = &roster[id];
        println!("{}: {} ({})", id, s.name, s.grade);
    }

    let removed = roster.remove(&7).unwrap();
    println!("removed {} who had {}", removed.name, removed.grade);
    println!("left: {}", roster.len());
}
