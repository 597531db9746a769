// Constructors that accept anything convertible into the field types.
#[derive(Debug)]
struct Student {
    name: String,
    grade: f64,
}

impl Student {
    fn new<N: Into<String>, G: Into<f64>>(name: N, grade: G) -> Self {
        Student { name: name.into(), grade: grade.into() }
    }
}

#[derive(Debug, Clone, Copy)]
struct Percent(u8);

impl From<Percent> for f64 {
    fn from(p: Percent) -> f64 {
        p.0 as f64 / 100.0 * 4.0
    }
}

fn main() {
    let a = Student::new("Ana", 3.5);
    let b = Student::new(String::from("Ben"), 3u8);
    let c = Student::new("Cy", Percent(90));
    let d = Student::new('D'.to_string(), 2.75f32);
    for s in [&a, &b, &c, &d] {
        println!("{:?}", s);
    }
}
