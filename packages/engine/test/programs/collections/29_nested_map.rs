use std::collections::HashMap;

fn main() {
    let mut grades: HashMap<String, HashMap<String, u32>> = HashMap::new();

    let records = [
        ("ana", "math", 90),
        ("ana", "art", 70),
        ("bo", "math", 60),
        ("ana", "math", 95),
    ];

    for (student, subject, score) in records {
        grades
            .entry(student.to_string())
            .or_default()
            .insert(subject.to_string(), score);
    }

    let ana = &grades["ana"];
    println!("ana subjects: {}", ana.len());
    println!("ana math: {}", ana["math"]);
    println!("ana art: {}", ana["art"]);
    let bo_math = grades.get("bo").and_then(|m| m.get("math")).copied();
    println!("bo math: {:?}", bo_math);
    let bo_art = grades.get("bo").and_then(|m| m.get("art")).copied();
    println!("bo art: {:?}", bo_art);
    println!("students: {}", grades.len());
}
