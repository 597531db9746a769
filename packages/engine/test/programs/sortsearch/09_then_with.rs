// Sort employees by department, then by salary descending, then by name.
struct Employee {
    name: String,
    dept: String,
    salary: u32,
}

fn main() {
    let mut staff = vec![
        Employee { name: "Olga".to_string(), dept: "eng".to_string(), salary: 120 },
        Employee { name: "Pete".to_string(), dept: "ops".to_string(), salary: 90 },
        Employee { name: "Anna".to_string(), dept: "eng".to_string(), salary: 120 },
        Employee { name: "Raj".to_string(), dept: "eng".to_string(), salary: 150 },
        Employee { name: "Lea".to_string(), dept: "ops".to_string(), salary: 95 },
    ];
    staff.sort_by(|a, b| {
        a.dept
            .cmp(&b.dept)
            .then_with(|| b.salary.cmp(&a.salary))
            .then_with(|| a.name.cmp(&b.name))
    });
    for e in &staff {
        println!("{:<4} {:<5} {}", e.dept, e.name, e.salary);
    }
}
