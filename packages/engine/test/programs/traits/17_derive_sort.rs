// Derived comparison traits and sorting structs
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Student {
    grade: u32,
    name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low,
    Medium,
    High,
}

fn main() {
    let mut class = vec![
        Student { grade: 88, name: String::from("Zoe") },
        Student { grade: 95, name: String::from("Adam") },
        Student { grade: 88, name: String::from("Bea") },
        Student { grade: 70, name: String::from("Carl") },
    ];
    class.sort();
    for s in &class {
        println!("{} {}", s.grade, s.name);
    }
    class.sort_by(|a, b| b.grade.cmp(&a.grade).then(a.name.cmp(&b.name)));
    let names: Vec<&str> = class.iter().map(|s| s.name.as_str()).collect();
    println!("{:?}", names);
    class.sort_by_key(|s| s.name.len());
    println!("{:?}", class.iter().map(|s| s.name.clone()).collect::<Vec<_>>());

    let best = class.iter().max().unwrap();
    println!("max = {:?}", best);
    let copy = class[0].clone();
    println!("equal to clone: {}", copy == class[0]);

    let mut levels = vec![Level::High, Level::Low, Level::Medium, Level::Low];
    levels.sort();
    levels.dedup();
    println!("{:?}", levels);
    println!("{}", Level::Medium > Level::Low);
    println!("{:?}", Level::High.max(Level::Medium));
}
