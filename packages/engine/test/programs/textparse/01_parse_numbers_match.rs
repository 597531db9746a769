// Parsing user-style input with str::parse and matching on the Result.
fn main() {
    let inputs = ["42", "-7", "3.5", "abc", "", "  12  "];
    for raw in inputs.iter() {
        match raw.parse::<i32>() {
            Ok(n) => println!("{:?} -> Ok({})", raw, n),
            Err(e) => println!("{:?} -> Err({})", raw, e),
        }
    }
    // Trimming first makes the padded input parse.
    let padded = "  12  ";
    let n: i32 = padded.trim().parse().unwrap();
    println!("trimmed parse: {}", n * 2);

    // Floats and bools have their own FromStr impls.
    let f: f64 = "2.25".parse().unwrap();
    let b: bool = "true".parse().unwrap();
    println!("f = {}, b = {}", f * 2.0, b);
    let bad_bool = "yes".parse::<bool>();
    println!("bad bool: {:?}", bad_bool.is_err());
}
