#[derive(Debug)]
struct Employee {
    name: String,
    dept: (String, u32),
    salary: u32,
}

fn main() {
    let ((feet, inches), Pos { x, y }) = ((3, 10), Pos { x: 3, y: -10 });
    println!("{}ft {}in at ({}, {})", feet, inches, x, y);

    let staff = vec![
        Employee { name: "Ada".into(), dept: ("Engineering".into(), 4), salary: 120 },
        Employee { name: "Bob".into(), dept: ("Sales".into(), 2), salary: 80 },
        Employee { name: "Cyd".into(), dept: ("Engineering".into(), 4), salary: 110 },
    ];

    for Employee { name, dept: (dept_name, floor), .. } in &staff {
        println!("{} works in {} on floor {}", name, dept_name, floor);
    }

    let total_eng: u32 = staff
        .iter()
        .filter(|e| e.dept.0 == "Engineering")
        .map(|&Employee { salary, .. }| salary)
        .sum();
    println!("engineering payroll: {}", total_eng);

    let Employee { name, salary, .. } = staff.into_iter().next().unwrap();
    println!("first: {} earns {}", name, salary);
}

struct Pos {
    x: i32,
    y: i32,
}
