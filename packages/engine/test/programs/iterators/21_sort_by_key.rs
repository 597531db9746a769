#[derive(Debug, Clone)]
struct Employee {
    name: String,
    department: String,
    salary: u32,
}

fn emp(name: &str, dept: &str, salary: u32) -> Employee {
    Employee { name: name.to_string(), department: dept.to_string(), salary }
}

fn main() {
    let mut staff = vec![
        emp("Priya", "Eng", 120_000),
        emp("Tom", "Sales", 70_000),
        emp("Mei", "Eng", 135_000),
        emp("Jonas", "Ops", 70_000),
        emp("Ana", "Sales", 82_000),
    ];

    staff.sort_by_key(|e| e.salary);
    println!("by salary:");
    for e in &staff {
        println!("  {:<6} {}", e.name, e.salary);
    }

    staff.sort_by(|a, b| b.salary.cmp(&a.salary));
    println!("highest paid: {}", staff[0].name);

    staff.sort_by(|a, b| a.department.cmp(&b.department).then_with(|| a.name.cmp(&b.name)));
    println!("by department, then name:");
    for e in &staff {
        println!("  {:<6} {}", e.department, e.name);
    }

    let mut names: Vec<String> = staff.iter().map(|e| e.name.clone()).collect();
    names.sort_by_key(|n| n.len());
    println!("{:?}", names);

    let mut words = vec!["banana", "Apple", "cherry", "apple"];
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
}
