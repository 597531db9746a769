use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Student {
    name: String,
    grade: u8,
    age: u8,
}

// Order: highest grade first, then youngest first, then name alphabetically.
impl Ord for Student {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .grade
            .cmp(&self.grade)
            .then_with(|| self.age.cmp(&other.age))
            .then_with(|| self.name.cmp(&other.name))
    }
}

impl PartialOrd for Student {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn student(name: &str, grade: u8, age: u8) -> Student {
    Student { name: name.to_string(), grade, age }
}

fn main() {
    let mut class = vec![
        student("Mara", 90, 21),
        student("Ivo", 85, 20),
        student("Ana", 90, 21),
        student("Lea", 90, 19),
        student("Tom", 70, 22),
    ];

    class.sort();
    for (rank, s) in class.iter().enumerate() {
        println!("{}. {} (grade {}, age {})", rank + 1, s.name, s.grade, s.age);
    }

    let best = class.iter().min().unwrap();
    println!("top student: {}", best.name);
}
