struct Employee {
    name: String,
    salary: u32,
    years: u32,
}

fn give_raises(staff: &mut Vec<Employee>) {
    for e in staff.iter_mut() {
        let pct = if e.years >= 5 { 10 } else { 3 };
        e.salary += e.salary * pct / 100;
        e.years += 1;
    }
}

fn main() {
    let mut staff = vec![
        Employee { name: "Mina".to_string(), salary: 50_000, years: 6 },
        Employee { name: "Omar".to_string(), salary: 42_000, years: 2 },
        Employee { name: "Lena".to_string(), salary: 61_000, years: 4 },
    ];

    give_raises(&mut staff);
    give_raises(&mut staff);

    for e in &staff {
        println!("{:<5} {:>6} ({} yrs)", e.name, e.salary, e.years);
    }
}
