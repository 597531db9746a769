#[derive(Debug)]
struct Record {
    name: String,
    age: u32,
    score: f64,
}

fn parse_line(line: &str) -> Result<Record, String> {
    let parts: Vec<&str> = line.split(',').map(|p| p.trim()).collect();
    if parts.len() != 3 {
        return Err(format!("expected 3 fields, got {}", parts.len()));
    }
    let age = parts[1].parse::<u32>().map_err(|e| format!("bad age '{}': {}", parts[1], e))?;
    let score: f64 = parts[2].parse().map_err(|_| format!("bad score '{}'", parts[2]))?;
    Ok(Record { name: parts[0].to_string(), age, score })
}

fn main() {
    let csv = "  alice, 30, 88.5\nbob,x,70\n\ncarol , 41 , 92.25 \ndave,20\neve, 25, abc";
    let mut ok = Vec::new();
    for (i, line) in csv.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(r) => ok.push(r),
            Err(e) => println!("line {}: {}", i + 1, e),
        }
    }
    for r in &ok {
        println!("{:>6} {:>3} {:>6.1}", r.name, r.age, r.score);
    }
    let text = "one  two\tthree\nfour";
    println!("{:?}", text.split_whitespace().collect::<Vec<_>>());
    println!("{:?}", text.split(' ').collect::<Vec<_>>());
    println!("{:?}", "a-b_c-d".split(|c| c == '-' || c == '_').collect::<Vec<_>>());
    println!("{:?}", "k1=v1;k2=v2".split(';').map(|kv| kv.split_once('=').unwrap()).collect::<Vec<_>>());
    println!("{:?}", "a,b,c,d".splitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "xxhixx".trim_start_matches('x'));
    println!("{:?}", "  pad  ".trim_end());
    println!("{:?}", "-17".parse::<i8>());
    println!("{:?}", "300".parse::<u8>().is_err());
    println!("{:?}", "true".parse::<bool>());
}
