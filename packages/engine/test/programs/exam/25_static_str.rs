fn grade(score: u32) -> &'static str {
    match score {
        90..=100 => "A",
        80..=89 => "B",
        70..=79 => "C",
        _ => "F",
    }
}

fn main() {
    let label;
    {
        let s = 84;
        label = grade(s);
    }
    println!("grade: {}", label);
    let owned: String = String::from(grade(95));
    let mut all = owned;
    all.push_str(grade(10));
    println!("combined: {}", all);
}
