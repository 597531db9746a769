fn parse_age(input: &str) -> Option<u32> {
    input.trim().parse().ok()
}

fn main() {
    let inputs = ["42", " 17 ", "abc", ""];
    let default_age = 18;

    for raw in inputs.iter() {
        let age = parse_age(raw).unwrap_or_else(|| {
            println!("  could not parse {:?}, using default", raw);
            default_age
        });
        let category = parse_age(raw)
            .map(|a| if a >= 18 { "adult" } else { "minor" })
            .unwrap_or("unknown");
        println!("{:?} -> {} ({})", raw, age, category);
    }

    let maybe_name: Option<&str> = Some("ferris");
    let shout = maybe_name.map(|n| n.to_uppercase()).filter(|n| n.len() > 3);
    println!("{:?}", shout);

    let r: Result<i32, String> = "12x".parse::<i32>().map_err(|e| format!("bad number: {}", e));
    println!("{:?}", r);
}
