#[derive(Debug)]
struct Student {
    name: String,
    age: u8,
    grade: f32,
}

fn parse_line(line: &str) -> Result<Student, String> {
    let fields: Vec<&str> = line.split(',').map(|f| f.trim()).collect();
    if fields.len() != 3 {
        return Err(format!("expected 3 fields, got {}", fields.len()));
    }
    let age = fields[1].parse::<u8>().map_err(|e| format!("bad age '{}': {}", fields[1], e))?;
    let grade = fields[2].parse::<f32>().map_err(|e| format!("bad grade '{}': {}", fields[2], e))?;
    Ok(Student { name: fields[0].to_string(), age, grade })
}

fn main() {
    let data = "Alice, 20, 3.8
Bob, 22, 3.1
Carol, twenty, 3.5
Dave, 19
Eve, 21, 3.95";
    let mut students = Vec::new();
    for (n, line) in data.lines().enumerate() {
        match parse_line(line) {
            Ok(s) => students.push(s),
            Err(e) => println!("line {}: {}", n + 1, e),
        }
    }
    students.sort_by(|a, b| b.grade.partial_cmp(&a.grade).unwrap());
    for s in &students {
        println!("{:<6} {:>3} {:>5.2}", s.name, s.age, s.grade);
    }
}
