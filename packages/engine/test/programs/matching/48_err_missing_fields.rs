struct Employee {
    name: String,
    department: String,
    salary: u32,
}

fn main() {
    let staff = vec![
        Employee { name: "Ann".into(), department: "R&D".into(), salary: 5200 },
        Employee { name: "Raj".into(), department: "Ops".into(), salary: 4100 },
    ];
    for e in &staff {
        let Employee { name, salary } = e;
        println!("{} earns {}", name, salary);
    }
}
