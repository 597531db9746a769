// Parsing returns a Result; we match on both cases.
fn describe(input: &str) {
    match input.parse::<i32>() {
        Ok(n) => println!("{:>6} -> ok {}", input, n),
        Err(e) => println!("{:>6} -> error: {}", input, e),
    }
}

fn main() {
    for s in ["42", "-17", "abc", "", "99999999999", "3.5"] {
        describe(s);
    }

    let f: Result<f64, _> = "2.5".parse();
    println!("float: {:?}", f);
    let b: Result<bool, _> = "yes".parse::<bool>();
    println!("bool: {:?}", b.is_err());
    let c = "x".parse::<char>();
    println!("char: {:?}", c);

    let inputs = ["10", "20", "oops", "30"];
    let mut total = 0;
    let mut bad = 0;
    for s in inputs.iter() {
        if let Ok(n) = s.parse::<i32>() {
            total += n;
        } else {
            bad += 1;
        }
    }
    println!("total {} ({} bad inputs)", total, bad);
}
