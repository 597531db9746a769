// quiz3 unsolved: the grade is formatted with {} but T has no Display bound.
struct ReportCard<T> {
    grade: T,
    student_name: String,
    student_age: u8,
}

impl<T> ReportCard<T> {
    fn print(&self) -> String {
        format!("{} ({}) - achieved a grade of {}", self.student_name, self.student_age, self.grade)
    }
}

fn main() {
    let card = ReportCard { grade: "A+", student_name: "Gary Plotter".to_string(), student_age: 11 };
    println!("{}", card.print());
}
