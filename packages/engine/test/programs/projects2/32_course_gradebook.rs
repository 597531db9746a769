// Week project: a gradebook with weighted categories, a Summary trait and grouped statistics.
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Homework,
    Quiz,
    Exam,
}

impl Category {
    fn weight(self) -> f64 {
        match self {
            Category::Homework => 0.3,
            Category::Quiz => 0.2,
            Category::Exam => 0.5,
        }
    }
}

struct Mark {
    category: Category,
    points: u32,
    out_of: u32,
}

struct Student {
    name: &'static str,
    marks: Vec<Mark>,
}

trait Summary {
    fn headline(&self) -> String;
    fn details(&self) -> Vec<String> {
        Vec::new()
    }
}

impl Student {
    fn percent_in(&self, cat: Category) -> Option<f64> {
        let (got, total) = self
            .marks
            .iter()
            .filter(|m| m.category == cat)
            .fold((0, 0), |(g, t), m| (g + m.points, t + m.out_of));
        if total == 0 { None } else { Some(100.0 * got as f64 / total as f64) }
    }

    // Missing categories are left out and the remaining weights rescaled.
    fn final_percent(&self) -> f64 {
        let parts: Vec<(f64, f64)> = [Category::Homework, Category::Quiz, Category::Exam]
            .into_iter()
            .filter_map(|c| self.percent_in(c).map(|p| (p, c.weight())))
            .collect();
        let weight: f64 = parts.iter().map(|&(_, w)| w).sum();
        if weight == 0.0 {
            return 0.0;
        }
        parts.iter().map(|&(p, w)| p * w).sum::<f64>() / weight
    }
}

impl Summary for Student {
    fn headline(&self) -> String {
        format!("{} finished with {:.1}%", self.name, self.final_percent())
    }
    fn details(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for cat in [Category::Homework, Category::Quiz, Category::Exam] {
            match self.percent_in(cat) {
                Some(p) => lines.push(format!("{:?}: {:.1}%", cat, p)),
                None => lines.push(format!("{:?}: missing", cat)),
            }
        }
        lines
    }
}

struct Course {
    title: String,
    students: Vec<Student>,
}

impl Summary for Course {
    fn headline(&self) -> String {
        let avg = self.students.iter().map(|s| s.final_percent()).sum::<f64>() / self.students.len() as f64;
        format!("{}: {} students, average {:.1}%", self.title, self.students.len(), avg)
    }
}

fn print_summary(item: &dyn Summary) {
    println!("{}", item.headline());
    for line in item.details() {
        println!("    {}", line);
    }
}

fn m(category: Category, points: u32, out_of: u32) -> Mark {
    Mark { category, points, out_of }
}

fn main() {
    use Category::*;
    let course = Course {
        title: String::from("Intro to Systems"),
        students: vec![
            Student { name: "Ari", marks: vec![m(Homework, 18, 20), m(Quiz, 7, 10), m(Exam, 81, 100)] },
            Student { name: "Bea", marks: vec![m(Homework, 10, 20), m(Homework, 19, 20), m(Exam, 92, 100)] },
            Student { name: "Cal", marks: vec![m(Quiz, 4, 10), m(Quiz, 6, 10), m(Exam, 55, 100)] },
            Student { name: "Dee", marks: vec![] },
        ],
    };
    print_summary(&course);
    for s in &course.students {
        print_summary(s);
    }

    let mut per_category: BTreeMap<Category, Vec<f64>> = BTreeMap::new();
    for s in &course.students {
        for cat in [Homework, Quiz, Exam] {
            if let Some(p) = s.percent_in(cat) {
                per_category.entry(cat).or_insert_with(Vec::new).push(p);
            }
        }
    }
    for (cat, ps) in &per_category {
        let best = ps.iter().cloned().fold(f64::MIN, f64::max);
        println!("{:?}: {} students, best {:.1}%", cat, ps.len(), best);
    }
    let top = course
        .students
        .iter()
        .max_by(|a, b| a.final_percent().total_cmp(&b.final_percent()))
        .map(|s| s.name);
    println!("top student: {:?}", top);
}
