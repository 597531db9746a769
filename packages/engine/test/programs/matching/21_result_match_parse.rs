use std::num::ParseIntError;

fn parse_age(s: &str) -> Result<u8, ParseIntError> {
    s.trim().parse::<u8>()
}

fn main() {
    let inputs = ["17", " 42 ", "-3", "300", "abc", ""];
    for input in inputs {
        match parse_age(input) {
            Ok(age @ 0..=17) => println!("{:?}: minor ({})", input, age),
            Ok(age) => println!("{:?}: adult ({})", input, age),
            Err(e) => println!("{:?}: error: {}", input, e),
        }
    }

    let results: Vec<Result<i32, String>> = vec![Ok(3), Err("bad".to_string()), Ok(-1)];
    let mut good = 0;
    let mut bad = Vec::new();
    for r in &results {
        match r {
            Ok(n) => good += n,
            Err(msg) => bad.push(msg.as_str()),
        }
    }
    println!("good sum = {}, bad = {:?}", good, bad);
}
