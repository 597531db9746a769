#[derive(Debug)]
struct Student {
    name: String,
    grades: Vec<u32>,
    mentor: Option<String>,
    active: bool,
}

fn main() {
    let s1 = Student {
        name: String::from("Priya"),
        grades: vec![88, 92, 79],
        mentor: Some(String::from("Dr. Okafor")),
        active: true,
    };
    let s2 = Student {
        name: "Tom".to_string(),
        grades: Vec::new(),
        mentor: None,
        active: false,
    };
    println!("{:?}", s1);
    println!("{:?}", s2);
    println!("{:#?}", s1);
    println!("{:#?}", s2);
}
