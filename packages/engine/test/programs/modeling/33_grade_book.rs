use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Letter {
    F,
    D,
    C,
    B,
    A,
}

impl Letter {
    fn from_score(score: f64) -> Letter {
        match score {
            s if s >= 90.0 => Letter::A,
            s if s >= 80.0 => Letter::B,
            s if s >= 70.0 => Letter::C,
            s if s >= 60.0 => Letter::D,
            _ => Letter::F,
        }
    }
}

impl fmt::Display for Letter {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:?}", self)
    }
}

struct Student {
    name: String,
    scores: Vec<u32>,
}

impl Student {
    fn average(&self) -> Option<f64> {
        if self.scores.is_empty() {
            None
        } else {
            Some(self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64)
        }
    }
}

struct GradeBook {
    course: String,
    students: Vec<Student>,
}

impl GradeBook {
    fn record(&mut self, name: &str, score: u32) {
        match self.students.iter_mut().find(|s| s.name == name) {
            Some(s) => s.scores.push(score),
            None => self.students.push(Student { name: name.to_string(), scores: vec![score] }),
        }
    }

    fn print_report(&self) {
        println!("== {} ==", self.course);
        for s in &self.students {
            match s.average() {
                Some(avg) => println!("{:<8} {:>6.2} {}", s.name, avg, Letter::from_score(avg)),
                None => println!("{:<8}    n/a", s.name),
            }
        }
    }
}

fn main() {
    let mut book = GradeBook { course: "CS 101".to_string(), students: Vec::new() };
    let results = [("Amira", 92), ("Bo", 71), ("Chen", 58), ("Amira", 88), ("Bo", 84), ("Chen", 66), ("Dara", 79), ("Amira", 95)];
    for (name, score) in results {
        book.record(name, score);
    }
    book.students.push(Student { name: "Eli".into(), scores: vec![] });
    book.print_report();

    let best = book
        .students
        .iter()
        .filter_map(|s| s.average().map(|a| (s.name.as_str(), a)))
        .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap());
    println!("top student: {:?}", best);
    let passing = book.students.iter().filter(|s| s.average().map_or(false, |a| Letter::from_score(a) >= Letter::C)).count();
    println!("passing (C or better): {}", passing);
}
