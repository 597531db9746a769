// Quiz: building a student record.
#[derive(Debug)]
struct Student {
    name: String,
    id: u32,
    grade: char,
}

fn enroll(name: &str, id: u32) -> Student {
    // One field is forgotten here.
    Student {
        name: name.to_string(),
        id,
    }
}

fn main() {
    let s = enroll("Ada", 7);
    println!("{:?}", s);
    println!("id = {}", s.id);
}
