// A generic enum with its own methods, like Option but for a result that may be pending.
#[derive(Debug)]
enum Grade<T> {
    Pending,
    Graded(T),
    Excused { reason: String },
}

impl<T: Copy + PartialOrd> Grade<T> {
    fn passed(&self, pass_mark: T) -> Option<bool> {
        match self {
            Grade::Graded(score) => Some(*score >= pass_mark),
            _ => None,
        }
    }

    fn score_or(&self, default: T) -> T {
        if let Grade::Graded(s) = self { *s } else { default }
    }
}

fn main() {
    let grades: Vec<(&str, Grade<u8>)> = vec![
        ("Ana", Grade::Graded(72)),
        ("Ben", Grade::Pending),
        ("Chloe", Grade::Graded(48)),
        ("Dev", Grade::Excused { reason: String::from("medical") }),
    ];
    for (name, g) in &grades {
        println!("{:<6} {:?} -> passed: {:?}, score: {}", name, g, g.passed(50), g.score_or(0));
    }
    let percent: Grade<f32> = Grade::Graded(66.5);
    println!("{:?}", percent.passed(70.0));
}
