// Puzzle: we move one field out of the struct. Can we still use the others?
struct Student {
    name: String,
    grade: u32,
    courses: Vec<String>,
}

fn main() {
    let s = Student {
        name: String::from("Ada"),
        grade: 92,
        courses: vec![String::from("Rust"), String::from("Math")],
    };

    // Move only the name out.
    let name = s.name;

    // The remaining fields still belong to `s`.
    println!("{} has grade {}", name, s.grade);
    for c in &s.courses {
        println!("course: {}", c);
    }

    // Moving a second field is fine too.
    let courses = s.courses;
    println!("{} courses moved out, grade still {}", courses.len(), s.grade);
}
