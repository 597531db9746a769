// Sorting and querying a Vec of structs.
#[derive(Debug, Clone)]
struct Student {
    name: String,
    year: u8,
    grade: u32,
}

fn main() {
    let mut students = vec![
        Student { name: "Zoe".into(), year: 2, grade: 88 },
        Student { name: "Adam".into(), year: 1, grade: 72 },
        Student { name: "Maya".into(), year: 2, grade: 95 },
        Student { name: "Omar".into(), year: 1, grade: 88 },
        Student { name: "Ivy".into(), year: 3, grade: 61 },
    ];

    students.sort_by(|a, b| b.grade.cmp(&a.grade).then_with(|| a.name.cmp(&b.name)));
    for s in &students {
        println!("{:<5} year {} grade {}", s.name, s.year, s.grade);
    }

    let best = students.iter().max_by_key(|s| s.grade).unwrap();
    println!("best: {}", best.name);

    let year1: Vec<&str> = students.iter().filter(|s| s.year == 1).map(|s| s.name.as_str()).collect();
    println!("year 1: {:?}", year1);

    for year in 1..=3 {
        let in_year: Vec<&Student> = students.iter().filter(|s| s.year == year).collect();
        let avg = in_year.iter().map(|s| s.grade).sum::<u32>() as f64 / in_year.len() as f64;
        println!("year {} average {:.1}", year, avg);
    }

    students.sort_by_key(|s| s.name.clone());
    let names: Vec<String> = students.iter().map(|s| s.name.clone()).collect();
    println!("alphabetical: {}", names.join(", "));
    let top = students.iter().any(|s| s.grade > 90);
    let all_pass = students.iter().all(|s| s.grade >= 60);
    println!("someone above 90: {}, all pass: {}", top, all_pass);
}
