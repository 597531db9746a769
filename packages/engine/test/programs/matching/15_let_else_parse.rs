fn parse_pair(line: &str) -> Option<(String, i32)> {
    let Some((key, value)) = line.split_once('=') else {
        println!("  no '=' in {:?}", line);
        return None;
    };
    let Ok(n) = value.trim().parse::<i32>() else {
        println!("  value of {:?} is not a number", key.trim());
        return None;
    };
    Some((key.trim().to_string(), n))
}

fn main() {
    let lines = ["width = 80", "height=24", "title", "depth = deep", "  margin =  4 "];
    let mut total = 0;
    for line in lines {
        if let Some((k, v)) = parse_pair(line) {
            println!("{} -> {}", k, v);
            total += v;
        }
    }
    println!("total = {}", total);
}
