fn main() {
    let grades: Vec<(String, u32)> = vec![
        ("Maria".to_string(), 91),
        ("Tom".to_string(), 78),
        ("Priya".to_string(), 85),
    ];

    let mut honor_roll = Vec::new();
    for &(name, grade) in &grades {
        if grade >= 85 {
            honor_roll.push(name);
        }
    }
    println!("honor roll: {:?}", honor_roll);
    println!("{} students total", grades.len());
}
