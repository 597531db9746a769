// Parsing durations like "1h30m15s" into seconds.
fn parse_duration(s: &str) -> Result<u64, String> {
    let mut total = 0u64;
    let mut number = 0u64;
    let mut have_digits = false;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            number = number * 10 + d as u64;
            have_digits = true;
            continue;
        }
        if !have_digits {
            return Err(format!("unit {:?} without a number", c));
        }
        let factor = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return Err(format!("unknown unit {:?}", c)),
        };
        total += number * factor;
        number = 0;
        have_digits = false;
    }
    if have_digits {
        return Err(String::from("trailing number without unit"));
    }
    Ok(total)
}

fn main() {
    for s in ["1h30m", "45s", "2h5s", "90", "10x", "h", "1h1m1s"] {
        match parse_duration(s) {
            Ok(secs) => println!("{:<8} = {} s", s, secs),
            Err(e) => println!("{:<8} ! {}", s, e),
        }
    }
}
