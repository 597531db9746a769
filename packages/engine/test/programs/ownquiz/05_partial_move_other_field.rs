#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
    passed: bool,
}

fn main() {
    let s = Student {
        name: String::from("Ada"),
        grade: 91,
        passed: true,
    };
    let name = s.name; // moves only the name field
    println!("{} scored {}", name, s.grade);
    if s.passed {
        println!("{} passed", name);
    }
}
