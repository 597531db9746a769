// Returning a reference into a slice of structs.
#[derive(Debug)]
struct Student {
    name: String,
    grade: u8,
}

fn top_student(students: &[Student]) -> Option<&Student> {
    let mut best: Option<&Student> = None;
    for s in students {
        match best {
            Some(b) if b.grade >= s.grade => {}
            _ => best = Some(s),
        }
    }
    best
}

fn name_of<'a>(s: &'a Student) -> &'a str {
    &s.name
}

fn main() {
    let class = vec![
        Student { name: "Mia".to_string(), grade: 88 },
        Student { name: "Noah".to_string(), grade: 94 },
        Student { name: "Liam".to_string(), grade: 94 },
        Student { name: "Emma".to_string(), grade: 79 },
    ];

    match top_student(&class) {
        Some(s) => println!("Top student: {} with {}", name_of(s), s.grade),
        None => println!("empty class"),
    }
    println!("{:?}", top_student(&[]));
}
