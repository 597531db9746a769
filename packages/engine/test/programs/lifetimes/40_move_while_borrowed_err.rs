// Moving the Vec while a reference to one of its elements is still alive.
#[derive(Debug)]
struct Student {
    name: String,
    grade: u8,
}

fn top_student(students: &[Student]) -> &Student {
    students.iter().max_by_key(|s| s.grade).unwrap()
}

fn archive(students: Vec<Student>) -> usize {
    students.len()
}

fn main() {
    let class = vec![
        Student { name: "Mia".to_string(), grade: 88 },
        Student { name: "Noah".to_string(), grade: 94 },
    ];
    let best = top_student(&class);
    let archived = archive(class);
    println!("archived {} students; best was {}", archived, best.name);
}
