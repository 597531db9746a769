// quiz3 (generics, traits): a report card whose grade can be a number or a letter.
use std::fmt::Display;

struct ReportCard<T> {
    grade: T,
    student_name: String,
    student_age: u8,
}

impl<T: Display> ReportCard<T> {
    fn print(&self) -> String {
        format!("{} ({}) - achieved a grade of {}", &self.student_name, &self.student_age, &self.grade)
    }
}

fn main() {
    let numeric = ReportCard { grade: 2.1, student_name: "Tom Wriggle".to_string(), student_age: 12 };
    let alphabetic = ReportCard { grade: "A+", student_name: "Gary Plotter".to_string(), student_age: 11 };
    println!("{}", numeric.print());
    println!("{}", alphabetic.print());
}
