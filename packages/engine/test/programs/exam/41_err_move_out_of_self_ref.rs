struct Student {
    name: String,
    grade: u8,
}

impl Student {
    fn name(&self) -> String {
        self.name
    }
}

fn main() {
    let s = Student { name: String::from("Priya"), grade: 9 };
    println!("{} is in grade {}", s.name(), s.grade);
}
