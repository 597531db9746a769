#[derive(Debug)]
struct Student {
    name: String,
    age: u32,
    grade: f64,
}

fn main() {
    let mut class = vec![
        Student { name: "Maya".to_string(), age: 21, grade: 3.7 },
        Student { name: "Leo".to_string(), age: 19, grade: 3.9 },
        Student { name: "Ines".to_string(), age: 22, grade: 3.2 },
        Student { name: "Tom".to_string(), age: 19, grade: 2.8 },
    ];

    class.sort_by_key(|s| s.age);
    println!("by age:");
    for s in &class {
        println!("  {} ({})", s.name, s.age);
    }

    class.sort_by(|a, b| b.grade.partial_cmp(&a.grade).unwrap());
    println!("by grade, best first:");
    for s in &class {
        println!("  {} {:.1}", s.name, s.grade);
    }

    class.sort_by_key(|s| s.name.clone());
    let names: Vec<&str> = class.iter().map(|s| s.name.as_str()).collect();
    println!("alphabetical: {:?}", names);
}
