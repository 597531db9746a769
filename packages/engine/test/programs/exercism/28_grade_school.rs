// Grade school roster kept in a BTreeMap<grade, Vec<name>>.
use std::collections::BTreeMap;

#[derive(Default)]
pub struct School {
    roster: BTreeMap<u32, Vec<String>>,
}

impl School {
    pub fn new() -> School {
        School::default()
    }

    pub fn add(&mut self, grade: u32, student: &str) {
        let names = self.roster.entry(grade).or_default();
        names.push(student.to_string());
        names.sort();
    }

    pub fn grades(&self) -> Vec<u32> {
        self.roster.keys().cloned().collect()
    }

    pub fn grade(&self, grade: u32) -> Vec<String> {
        self.roster.get(&grade).cloned().unwrap_or_default()
    }
}

fn main() {
    let mut school = School::new();
    school.add(2, "Blair");
    school.add(2, "James");
    school.add(1, "Anna");
    school.add(2, "Aimee");
    school.add(5, "Zoe");
    school.add(1, "Barb");
    println!("grades: {:?}", school.grades());
    for g in school.grades() {
        println!("grade {}: {}", g, school.grade(g).join(", "));
    }
    println!("grade 3: {:?}", school.grade(3));
}
