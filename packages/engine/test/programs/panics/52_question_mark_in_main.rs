// Mistake: using ? in a main that returns ().
fn parse_age(s: &str) -> Result<u8, std::num::ParseIntError> {
    s.parse::<u8>()
}

fn main() {
    let ages = ["12", "40"];
    for a in ages {
        let n = parse_age(a)?;
        println!("age {}", n);
    }
}
