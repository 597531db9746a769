mod records {
    pub struct Student {
        name: String,
        grades: Vec<u8>,
    }

    impl Student {
        pub fn new(name: &str) -> Student {
            Student { name: name.to_owned(), grades: vec![] }
        }

        pub fn name(&self) -> &str {
            &self.name
        }

        pub fn add_grade(&mut self, g: u8) -> Result<(), String> {
            if g > 100 {
                Err(format!("grade {} out of range for {}", g, self.name))
            } else {
                self.grades.push(g);
                Ok(())
            }
        }

        pub fn average(&self) -> Option<f32> {
            if self.grades.is_empty() {
                None
            } else {
                let sum: u32 = self.grades.iter().map(|&g| g as u32).sum();
                Some(sum as f32 / self.grades.len() as f32)
            }
        }
    }

    pub fn best<'a>(students: &'a [Student]) -> Option<&'a Student> {
        let mut best: Option<&Student> = None;
        for s in students {
            match (best, s.average()) {
                (None, Some(_)) => best = Some(s),
                (Some(b), Some(a)) if a > b.average().unwrap() => best = Some(s),
                _ => {}
            }
        }
        best
    }
}

use records::Student;

fn main() {
    let mut alice = Student::new("Alice");
    let mut bob = Student::new("Bob");
    let carol = Student::new("Carol");
    for g in [88, 92, 79] {
        alice.add_grade(g).unwrap();
    }
    bob.add_grade(95).unwrap();
    if let Err(e) = bob.add_grade(105) {
        println!("error: {}", e);
    }
    let class = vec![alice, bob, carol];
    for s in &class {
        match s.average() {
            Some(a) => println!("{}: {:.2}", s.name(), a),
            None => println!("{}: no grades", s.name()),
        }
    }
    println!("best: {}", records::best(&class).map(|s| s.name()).unwrap_or("nobody"));
}
