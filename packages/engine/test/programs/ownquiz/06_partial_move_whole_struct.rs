#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let s = Student {
        name: String::from("Grace"),
        grade: 87,
    };
    let name = s.name;
    println!("name: {}", name);
    println!("record: {:?}", s);
}
