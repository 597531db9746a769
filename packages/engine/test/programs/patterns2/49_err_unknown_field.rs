struct Employee {
    name: String,
    department: String,
    salary: u32,
}

fn summary(e: &Employee) -> String {
    match e {
        Employee { name, dept, .. } => format!("{} works in {}", name, dept),
    }
}

fn main() {
    let e = Employee {
        name: "Priya".to_string(),
        department: "Research".to_string(),
        salary: 72_000,
    };
    println!("{}", summary(&e));
    println!("salary {}", e.salary);
}
