struct Employee {
    name: String,
    dept: String,
    salary: u32,
}

fn main() {
    let staff = vec![
        Employee { name: "Alice".to_string(), dept: "Eng".to_string(), salary: 120_000 },
        Employee { name: "Bob".to_string(), dept: "Sales".to_string(), salary: 70_000 },
        Employee { name: "Carol".to_string(), dept: "Eng".to_string(), salary: 135_000 },
    ];

    match staff.iter().find(|e| e.dept == "Sales") {
        Some(e) => println!("first in sales: {}", e.name),
        None => println!("no one in sales"),
    }

    let rich = staff.iter().find(|e| e.salary > 200_000);
    println!("anyone over 200k? {}", rich.is_some());

    let inputs = ["x", "17", "y", "42"];
    let first_num = inputs.iter().find_map(|s| s.parse::<i32>().ok());
    println!("first number: {:?}", first_num);

    let eng_salary = staff
        .iter()
        .find_map(|e| if e.dept == "Eng" && e.name.starts_with('C') { Some(e.salary) } else { None });
    println!("Carol's salary: {:?}", eng_salary);
}
