// Sorting structs by a String field: the key closure must return an owned value.
#[derive(Debug)]
struct Student {
    name: String,
    grade: u8,
}

fn main() {
    let mut class = vec![
        Student { name: String::from("Maya"), grade: 91 },
        Student { name: String::from("Ben"), grade: 78 },
        Student { name: String::from("Zoe"), grade: 85 },
        Student { name: String::from("Ali"), grade: 78 },
    ];
    class.sort_by_key(|s| s.name.clone());
    for s in &class {
        println!("{} {}", s.name, s.grade);
    }
}
