// Parsing CSV-like lines into a Vec of structs.
#[derive(Debug)]
struct Employee {
    name: String,
    department: String,
    salary: u32,
}

fn main() {
    let data = "name,department,salary
Alice,Engineering,85000
Bob,Marketing,62000
Carla,Engineering,91000
Dan,Sales,notanumber
Eve,Sales,58000";

    let mut staff = Vec::new();
    for line in data.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        if fields.len() != 3 {
            println!("skipping short row: {}", line);
            continue;
        }
        match fields[2].parse::<u32>() {
            Ok(salary) => staff.push(Employee {
                name: fields[0].to_string(),
                department: fields[1].to_string(),
                salary,
            }),
            Err(e) => println!("bad salary for {}: {}", fields[0], e),
        }
    }

    let total: u32 = staff.iter().map(|e| e.salary).sum();
    println!("{} employees, average salary {}", staff.len(), total / staff.len() as u32);
    let engineers: Vec<&str> = staff
        .iter()
        .filter(|e| e.department == "Engineering")
        .map(|e| e.name.as_str())
        .collect();
    println!("engineers: {:?}", engineers);
    println!("last: {:?}", staff.last().unwrap());
}
