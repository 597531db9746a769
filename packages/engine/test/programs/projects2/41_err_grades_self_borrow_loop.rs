// Week project: a gradebook that logs curve adjustments. The log call borrows self twice.
#[derive(Debug)]
struct Student {
    name: String,
    scores: Vec<f64>,
}

impl Student {
    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            0.0
        } else {
            self.scores.iter().sum::<f64>() / self.scores.len() as f64
        }
    }
}

struct Gradebook {
    students: Vec<Student>,
    log: Vec<String>,
    max_score: f64,
}

impl Gradebook {
    fn record(&mut self, message: String) {
        self.log.push(message);
    }

    fn class_average(&self) -> f64 {
        let sum: f64 = self.students.iter().map(|s| s.average()).sum();
        sum / self.students.len() as f64
    }

    // Raises every score by the same amount so that the class average
    // reaches the target, without going over the maximum score.
    fn apply_curve(&mut self, target: f64) {
        let bump = (target - self.class_average()).max(0.0);
        for student in self.students.iter_mut() {
            let before = student.average();
            for score in student.scores.iter_mut() {
                *score = (*score + bump).min(self.max_score);
            }
            self.record(format!("{}: {:.1} -> {:.1}", student.name, before, student.average()));
        }
    }

    fn letter(avg: f64) -> char {
        match avg as u32 {
            90..=100 => 'A',
            80..=89 => 'B',
            70..=79 => 'C',
            60..=69 => 'D',
            _ => 'F',
        }
    }

    fn report(&self) {
        let mut rows: Vec<(&str, f64)> = self.students.iter().map(|s| (s.name.as_str(), s.average())).collect();
        rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
        for (name, avg) in rows {
            println!("  {:<6} {:>5.1} {}", name, avg, Gradebook::letter(avg));
        }
    }
}

fn main() {
    let mut book = Gradebook {
        students: vec![
            Student { name: "Rui".into(), scores: vec![62.0, 70.0, 58.0] },
            Student { name: "Sol".into(), scores: vec![88.0, 97.0, 99.0] },
            Student { name: "Tam".into(), scores: vec![45.0, 51.0, 60.0] },
            Student { name: "Uma".into(), scores: vec![75.0, 80.0, 71.0] },
        ],
        log: Vec::new(),
        max_score: 100.0,
    };
    println!("before curve (class avg {:.1}):", book.class_average());
    book.report();
    book.apply_curve(80.0);
    println!("after curve (class avg {:.1}):", book.class_average());
    book.report();
    println!("log:");
    for line in &book.log {
        println!("  {}", line);
    }
}
