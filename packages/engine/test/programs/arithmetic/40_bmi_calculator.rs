struct Person {
    name: String,
    weight_kg: f64,
    height_cm: u32,
}

fn bmi(p: &Person) -> f64 {
    let h = p.height_cm as f64 / 100.0;
    p.weight_kg / (h * h)
}

fn category(bmi: f64) -> &'static str {
    match bmi {
        b if b < 18.5 => "underweight",
        b if b < 25.0 => "normal",
        b if b < 30.0 => "overweight",
        _ => "obese",
    }
}

fn main() {
    let people = vec![
        Person { name: "Ana".to_string(), weight_kg: 52.3, height_cm: 168 },
        Person { name: "Ben".to_string(), weight_kg: 81.0, height_cm: 180 },
        Person { name: "Chloe".to_string(), weight_kg: 95.5, height_cm: 172 },
        Person { name: "Dmitri".to_string(), weight_kg: 70.0, height_cm: 185 },
    ];
    for p in &people {
        let b = bmi(p);
        println!("{:<7} {:>5.1} {}", p.name, b, category(b));
    }
    let avg_height = people.iter().map(|p| p.height_cm).sum::<u32>() as f64 / people.len() as f64;
    println!("average height: {:.2} cm", avg_height);
}
