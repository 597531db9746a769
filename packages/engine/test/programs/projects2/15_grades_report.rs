// Week project: a student grades report using structs, a trait and iterator chains.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone)]
struct Student {
    name: String,
    group: char,
    scores: Vec<u32>,
}

trait Graded {
    fn average(&self) -> f64;
    fn letter(&self) -> char {
        match self.average() {
            a if a >= 90.0 => 'A',
            a if a >= 80.0 => 'B',
            a if a >= 70.0 => 'C',
            a if a >= 60.0 => 'D',
            _ => 'F',
        }
    }
    fn passed(&self) -> bool {
        self.letter() != 'F'
    }
}

impl Graded for Student {
    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            return 0.0;
        }
        self.scores.iter().sum::<u32>() as f64 / self.scores.len() as f64
    }
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<8} ({}) avg {:>6.2} grade {}", self.name, self.group, self.average(), self.letter())
    }
}

fn student(name: &str, group: char, scores: &[u32]) -> Student {
    Student { name: name.to_string(), group, scores: scores.to_vec() }
}

fn best_in<'a>(students: &'a [Student], group: char) -> Option<&'a Student> {
    students
        .iter()
        .filter(|s| s.group == group)
        .max_by(|a, b| a.average().partial_cmp(&b.average()).unwrap())
}

fn main() {
    let class = vec![
        student("Maya", 'A', &[92, 88, 95, 90]),
        student("Tom", 'B', &[55, 61, 58, 49]),
        student("Ines", 'A', &[78, 85, 80, 74]),
        student("Jonas", 'B', &[88, 91, 79, 94]),
        student("Lea", 'A', &[65, 70, 62, 71]),
        student("Omar", 'B', &[99, 97, 100, 98]),
        student("Pia", 'C', &[]),
    ];

    println!("Report:");
    let mut ranked: Vec<&Student> = class.iter().collect();
    ranked.sort_by(|a, b| b.average().partial_cmp(&a.average()).unwrap().then_with(|| a.name.cmp(&b.name)));
    for (rank, s) in ranked.iter().enumerate() {
        println!("{:>2}. {}", rank + 1, s);
    }

    let mut by_letter: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for s in &class {
        by_letter.entry(s.letter()).or_default().push(&s.name);
    }
    for (letter, names) in &by_letter {
        println!("{}: {}", letter, names.join(", "));
    }

    let passed = class.iter().filter(|s| s.passed()).count();
    println!("passed: {}/{}", passed, class.len());

    for group in ['A', 'B', 'C'] {
        match best_in(&class, group) {
            Some(s) if !s.scores.is_empty() => println!("best in {}: {}", group, s.name),
            _ => println!("best in {}: nobody with scores", group),
        }
    }

    let all_scores: Vec<u32> = class.iter().flat_map(|s| s.scores.iter().copied()).collect();
    let highest = all_scores.iter().max().unwrap();
    let lowest = all_scores.iter().min().unwrap();
    let above_90 = all_scores.iter().filter(|&&x| x >= 90).count();
    println!("{} scores, range {}..={}, {} at 90 or above", all_scores.len(), lowest, highest, above_90);

    let improved: Vec<&str> = class
        .iter()
        .filter(|s| s.scores.len() >= 2 && s.scores.last() > s.scores.first())
        .map(|s| s.name.as_str())
        .collect();
    println!("improved from first to last test: {:?}", improved);
}
