// The trim family: both ends, one end, or custom characters.
fn main() {
    let raw = "\t  ***Hello, world!***  \n";
    println!("trim:       {:?}", raw.trim());
    println!("trim_start: {:?}", raw.trim_start());
    println!("trim_end:   {:?}", raw.trim_end());

    let starred = raw.trim();
    println!("trim_matches('*'): {:?}", starred.trim_matches('*'));
    println!("trim_start_matches: {:?}", starred.trim_start_matches('*'));
    println!("trim_end_matches:   {:?}", starred.trim_end_matches("**"));

    // A closure works as a pattern too.
    let price = "$$19.99USD";
    let digits = price.trim_matches(|c: char| !c.is_ascii_digit());
    println!("digits part: {:?}", digits);
    let value: f64 = digits.parse().unwrap();
    println!("with tax: {:.2}", value * 1.2);
}
