struct Record {
    name: &'static str,
    midterm: f64,
    final_exam: f64,
}

fn letter(avg: f64) -> char {
    match avg as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let class = [
        Record { name: "Nakamura", midterm: 91.0, final_exam: 88.5 },
        Record { name: "Osei", midterm: 72.25, final_exam: 80.0 },
        Record { name: "Fernández", midterm: 55.0, final_exam: 61.75 },
        Record { name: "Li", midterm: 100.0, final_exam: 97.0 },
    ];

    println!("{:<12}{:>8}{:>8}{:>8}{:>6}", "Student", "Mid", "Final", "Avg", "Grd");
    println!("{}", "=".repeat(42));
    let mut sum = 0.0;
    for r in class.iter() {
        let avg = (r.midterm + r.final_exam) / 2.0;
        sum += avg;
        println!("{:<12}{:>8.1}{:>8.1}{:>8.2}{:>6}", r.name, r.midterm, r.final_exam, avg, letter(avg));
    }
    println!("{}", "-".repeat(42));
    println!("{:<12}{:>24.2}", "Class avg", sum / class.len() as f64);
}
