// Holding a reference into the roster while adding a student.
use std::collections::BTreeMap;

struct School {
    roster: BTreeMap<u32, Vec<String>>,
}

impl School {
    fn add(&mut self, grade: u32, name: &str) {
        self.roster.entry(grade).or_default().push(name.to_string());
    }

    fn grade(&self, grade: u32) -> &[String] {
        self.roster.get(&grade).map(|v| v.as_slice()).unwrap_or(&[])
    }
}

fn main() {
    let mut school = School { roster: BTreeMap::new() };
    school.add(2, "Blair");
    let second = school.grade(2);
    school.add(2, "James");
    println!("grade 2: {:?}", second);
}
