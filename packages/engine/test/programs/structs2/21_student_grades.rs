// Lab 4: a Student struct that keeps a list of grades.
struct Student {
    name: String,
    id: u32,
    grades: Vec<u32>,
}

impl Student {
    fn new(name: &str, id: u32) -> Student {
        Student { name: String::from(name), id, grades: vec![] }
    }

    fn add_grade(&mut self, g: u32) {
        self.grades.push(g);
    }

    fn average(&self) -> Option<f64> {
        if self.grades.is_empty() {
            None
        } else {
            let total: u32 = self.grades.iter().sum();
            Some(total as f64 / self.grades.len() as f64)
        }
    }

    fn best(&self) -> Option<u32> {
        self.grades.iter().copied().max()
    }
}

fn main() {
    let mut s = Student::new("Priya", 1042);
    println!("{} (#{}) average: {:?}", s.name, s.id, s.average());
    for g in [88, 92, 75, 100] {
        s.add_grade(g);
    }
    match s.average() {
        Some(avg) => println!("{} average: {:.1}", s.name, avg),
        None => println!("no grades"),
    }
    println!("best: {}", s.best().unwrap());
}
