use std::cmp::Ordering;

#[derive(Debug)]
struct Student {
    name: String,
    grade: u8,
    age: u8,
}

fn by_rank(a: &Student, b: &Student) -> Ordering {
    b.grade
        .cmp(&a.grade) // highest grade first
        .then_with(|| a.age.cmp(&b.age)) // then youngest
        .then_with(|| a.name.cmp(&b.name)) // then alphabetical
}

fn main() {
    let mut class = vec![
        Student { name: "Priya".into(), grade: 91, age: 20 },
        Student { name: "Tom".into(), grade: 78, age: 22 },
        Student { name: "Ana".into(), grade: 91, age: 19 },
        Student { name: "Kenji".into(), grade: 85, age: 21 },
        Student { name: "Bea".into(), grade: 91, age: 19 },
    ];

    class.sort_by(by_rank);
    for (i, s) in class.iter().enumerate() {
        println!("{}. {:<6} grade {} age {}", i + 1, s.name, s.grade, s.age);
    }

    class.sort_by_key(|s| s.name.len());
    let names: Vec<&str> = class.iter().map(|s| s.name.as_str()).collect();
    println!("by name length (stable): {:?}", names);

    println!("{:?}", 3.cmp(&5).reverse());
    println!("{:?}", "pear".cmp("peach"));
    println!("{:?}", Ordering::Equal.then(Ordering::Less));
}
