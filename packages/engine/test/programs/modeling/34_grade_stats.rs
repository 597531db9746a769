// Grade book keyed by assignment, with statistics and ranking.
use std::collections::BTreeMap;

#[derive(Debug)]
enum Kind {
    Homework,
    Quiz,
    Exam,
}

impl Kind {
    fn weight(&self) -> f64 {
        match self {
            Kind::Homework => 0.2,
            Kind::Quiz => 0.3,
            Kind::Exam => 0.5,
        }
    }
}

struct Assignment {
    title: &'static str,
    kind: Kind,
    scores: BTreeMap<&'static str, f64>, // student -> percent
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let students = ["kim", "lee", "park"];
    let data = [
        ("HW1", Kind::Homework, [100.0, 85.0, 70.0]),
        ("Quiz 1", Kind::Quiz, [78.0, 92.0, 64.0]),
        ("Midterm", Kind::Exam, [88.0, 81.0, 90.0]),
    ];
    let assignments: Vec<Assignment> = data
        .into_iter()
        .map(|(title, kind, marks)| Assignment {
            title,
            kind,
            scores: students.iter().copied().zip(marks).collect(),
        })
        .collect();

    for a in &assignments {
        let vals: Vec<f64> = a.scores.values().copied().collect();
        let hi = vals.iter().cloned().fold(f64::MIN, f64::max);
        let lo = vals.iter().cloned().fold(f64::MAX, f64::min);
        println!("{:<8} {:<9} mean {:5.1}  range {}..{}", a.title, format!("{:?}", a.kind), mean(&vals), lo, hi);
    }

    let mut weighted: Vec<(&str, f64)> = students
        .iter()
        .map(|&s| {
            let total: f64 = assignments.iter().map(|a| a.scores[s] * a.kind.weight()).sum();
            (s, total)
        })
        .collect();
    weighted.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
    for (rank, (name, score)) in weighted.iter().enumerate() {
        println!("#{} {:<5} {:.2}", rank + 1, name, score);
    }
}
