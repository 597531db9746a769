mod school {
    pub mod people {
        #[derive(Debug, Clone)]
        pub struct Student {
            pub name: String,
            grade: u8,
        }
        impl Student {
            pub fn new(name: &str, grade: u8) -> Self {
                Student { name: name.to_string(), grade }
            }
            pub fn grade(&self) -> u8 {
                self.grade
            }
        }
        pub struct Teacher {
            pub name: String,
        }
    }
    pub mod grading {
        use super::people::Student;
        pub fn average(students: &[Student]) -> f64 {
            let total: u32 = students.iter().map(|s| s.grade() as u32).sum();
            total as f64 / students.len() as f64
        }
        pub fn best(students: &[Student]) -> Option<&Student> {
            students.iter().max_by_key(|s| s.grade())
        }
    }
    pub use self::grading::average;
}

use school::people::{self, Student, Teacher};
use school::grading as g;

fn main() {
    let class = vec![Student::new("Ana", 91), Student::new("Ben", 78), people::Student::new("Cy", 85)];
    let t = Teacher { name: String::from("Ms. Rao") };
    println!("{} teaches {} students", t.name, class.len());
    println!("average {:.2}", school::average(&class));
    if let Some(s) = g::best(&class) {
        println!("best: {} with {}", s.name, s.grade());
    }
    let copy = class[0].clone();
    println!("{:?}", copy);
}
