#[derive(Debug, Clone, Copy)]
struct Student {
    id: u32,
    name: String,
}

fn print_student(s: Student) {
    println!("#{} {}", s.id, s.name);
}

fn main() {
    let s = Student { id: 7, name: String::from("Lin") };
    print_student(s);
    print_student(s);
}
