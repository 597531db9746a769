fn parse_age(input: &str) -> Option<u8> {
    match input.trim().parse::<u8>() {
        Ok(n) => Some(n),
        Err(e) => {
            eprintln!("warning: could not parse {:?}: {}", input, e);
            None
        }
    }
}

fn main() {
    let inputs = ["42", " 7 ", "-1", "300", "abc", ""];
    let mut ok = 0;
    for s in inputs {
        match parse_age(s) {
            Some(age) => {
                ok += 1;
                println!("age = {}", age);
            }
            None => println!("skipped"),
        }
    }
    eprintln!("processed {} inputs", inputs.len());
    eprint!("no newline on stderr");
    println!("{} valid", ok);
}
