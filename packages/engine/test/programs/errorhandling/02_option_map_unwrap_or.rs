// Option combinators: map, and_then, unwrap_or
struct Employee {
    name: String,
    manager: Option<String>,
    salary: Option<u32>,
}

fn main() {
    let staff = vec![
        Employee { name: String::from("Alice"), manager: None, salary: Some(9000) },
        Employee { name: String::from("Bob"), manager: Some(String::from("Alice")), salary: Some(5200) },
        Employee { name: String::from("Carol"), manager: Some(String::from("Bob")), salary: None },
    ];

    for e in &staff {
        let boss = e.manager.as_deref().unwrap_or("(nobody)");
        let monthly = e.salary.map(|s| s / 12).unwrap_or(0);
        let boss_len = e.manager.as_ref().map(|m| m.len());
        println!("{} reports to {}; monthly = {}; boss name length = {:?}", e.name, boss, monthly, boss_len);
    }

    let first_with_boss = staff.iter().find(|e| e.manager.is_some()).and_then(|e| e.manager.clone());
    println!("first manager mentioned: {:?}", first_with_boss);

    let total: u32 = staff.iter().map(|e| e.salary.unwrap_or(0)).sum();
    println!("total salary = {}", total);
}
