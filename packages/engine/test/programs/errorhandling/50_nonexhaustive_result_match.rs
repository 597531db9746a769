fn parse_level(s: &str) -> Result<u8, String> {
    match s {
        "low" => Ok(1),
        "medium" => Ok(2),
        "high" => Ok(3),
        other => Err(format!("unknown level {}", other)),
    }
}

fn main() {
    let levels = ["low", "high", "extreme"];
    for l in levels {
        let n = match parse_level(l) {
            Ok(n) => n,
        };
        println!("{} -> {}", l, n);
    }
}
