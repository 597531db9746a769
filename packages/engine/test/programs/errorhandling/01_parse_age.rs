// Parsing user input: match on the Result returned by str::parse.
fn describe_age(input: &str) {
    match input.trim().parse::<u32>() {
        Ok(age) if age >= 18 => println!("{:>6} -> adult ({})", input, age),
        Ok(age) => println!("{:>6} -> minor ({})", input, age),
        Err(e) => println!("{:>6} -> could not parse: {}", input, e),
    }
}

fn main() {
    let inputs = ["42", " 17 ", "abc", "", "-3", "300000000000"];
    for s in inputs.iter() {
        describe_age(s);
    }
}
