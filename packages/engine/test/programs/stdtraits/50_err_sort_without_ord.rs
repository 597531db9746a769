#[derive(Debug, PartialEq, Eq)]
struct Employee {
    salary: u32,
    name: String,
}

fn main() {
    let mut staff = vec![
        Employee { salary: 52000, name: "Olga".to_string() },
        Employee { salary: 48000, name: "Mehmet".to_string() },
        Employee { salary: 61000, name: "Sasha".to_string() },
    ];
    staff.sort();
    for e in &staff {
        println!("{} earns {}", e.name, e.salary);
    }
}
