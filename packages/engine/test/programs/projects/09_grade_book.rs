#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
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

struct Student {
    name: String,
    homework: Vec<u32>,
    midterm: u32,
    final_exam: u32,
}

struct Weights {
    homework: f64,
    midterm: f64,
    final_exam: f64,
}

impl Student {
    fn new(name: &str, homework: &[u32], midterm: u32, final_exam: u32) -> Student {
        Student { name: name.to_string(), homework: homework.to_vec(), midterm, final_exam }
    }

    /// Average homework after dropping the lowest score.
    fn homework_average(&self) -> f64 {
        if self.homework.len() < 2 {
            return self.homework.iter().sum::<u32>() as f64;
        }
        let mut sorted = self.homework.clone();
        sorted.sort();
        let kept = &sorted[1..];
        kept.iter().sum::<u32>() as f64 / kept.len() as f64
    }

    fn overall(&self, w: &Weights) -> f64 {
        self.homework_average() * w.homework
            + self.midterm as f64 * w.midterm
            + self.final_exam as f64 * w.final_exam
    }
}

struct GradeBook {
    course: String,
    weights: Weights,
    students: Vec<Student>,
}

impl GradeBook {
    fn ranking(&self) -> Vec<(&str, f64, Letter)> {
        let mut rows: Vec<(&str, f64, Letter)> = self
            .students
            .iter()
            .map(|s| {
                let total = s.overall(&self.weights);
                (s.name.as_str(), total, Letter::from_score(total))
            })
            .collect();
        rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
        rows
    }

    fn distribution(&self) -> [usize; 5] {
        let mut counts = [0; 5];
        for (_, _, letter) in self.ranking() {
            counts[letter as usize] += 1;
        }
        counts
    }
}

fn main() {
    let book = GradeBook {
        course: String::from("CS 101"),
        weights: Weights { homework: 0.3, midterm: 0.3, final_exam: 0.4 },
        students: vec![
            Student::new("Amara", &[95, 88, 92, 40], 85, 91),
            Student::new("Bruno", &[70, 75, 80, 65], 62, 70),
            Student::new("Chen", &[100, 100, 98, 99], 97, 94),
            Student::new("Dalia", &[50, 60, 55, 0], 58, 49),
            Student::new("Emil", &[85, 90, 78, 88], 79, 83),
        ],
    };

    println!("Grades for {}", book.course);
    for (rank, (name, total, letter)) in book.ranking().into_iter().enumerate() {
        println!("{}. {:<6} {:>6.2} {:?}", rank + 1, name, total, letter);
    }

    let dist = book.distribution();
    let names = ["F", "D", "C", "B", "A"];
    for i in (0..5).rev() {
        println!("{}: {}", names[i], "*".repeat(dist[i]));
    }
    let passing = book.ranking().iter().filter(|r| r.2 > Letter::F).count();
    println!("{} of {} students passed", passing, book.students.len());
}
