#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
    age: u32,
}

fn main() {
    let mut class = vec![
        Student { name: "Mira".to_string(), grade: 88, age: 20 },
        Student { name: "Tom".to_string(), grade: 72, age: 22 },
        Student { name: "Zoe".to_string(), grade: 95, age: 19 },
        Student { name: "Ben".to_string(), grade: 72, age: 21 },
    ];

    class.sort_by_key(|s| s.age);
    println!("by age:");
    for s in &class {
        println!("  {} ({})", s.name, s.age);
    }

    class.sort_by_key(|s| std::cmp::Reverse(s.grade));
    println!("by grade, best first:");
    for s in &class {
        println!("  {} {}", s.name, s.grade);
    }

    class.sort_by_key(|s| s.name.clone());
    let names: Vec<&str> = class.iter().map(|s| s.name.as_str()).collect();
    println!("by name: {:?}", names);
}
