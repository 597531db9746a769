// let-else: bail out early when the pattern does not match.
fn parse_pair(line: &str) -> Option<(String, u32)> {
    let Some((name, age)) = line.split_once(',') else {
        println!("  no comma in {:?}", line);
        return None;
    };
    let Ok(age) = age.trim().parse::<u32>() else {
        println!("  bad age in {:?}", line);
        return None;
    };
    Some((name.trim().to_string(), age))
}

fn main() {
    let lines = ["Ada, 36", "Grace,85", "Linus", "Ken, old"];
    for line in lines {
        match parse_pair(line) {
            Some((name, age)) => println!("{} is {}", name, age),
            None => println!("skipped {:?}", line),
        }
    }
}
