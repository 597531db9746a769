#[derive(Debug, Clone)]
struct Employee {
    name: String,
    dept: String,
    salary: u32,
}

fn give_raise(e: Employee, pct: u32) -> Employee {
    Employee { salary: e.salary + e.salary * pct / 100, ..e }
}

fn main() {
    let staff = vec![
        Employee { name: "Grace".into(), dept: "Eng".into(), salary: 120_000 },
        Employee { name: "Ada".into(), dept: "Eng".into(), salary: 135_000 },
        Employee { name: "Linus".into(), dept: "Ops".into(), salary: 98_000 },
    ];

    let raised: Vec<Employee> = staff
        .iter()
        .cloned()
        .map(|e| if e.dept == "Eng" { give_raise(e, 5) } else { e })
        .collect();

    for (before, after) in staff.iter().zip(raised.iter()) {
        println!("{:<6} {:>7} -> {:>7}", before.name, before.salary, after.salary);
    }
    let payroll: u32 = raised.iter().map(|e| e.salary).sum();
    println!("payroll: {}", payroll);
}
