// parse needs to know the target type: annotate or use the turbofish.
fn parse_all<T: std::str::FromStr>(text: &str) -> Vec<T> {
    text.split(',')
        .filter_map(|s| s.trim().parse::<T>().ok())
        .collect()
}

fn main() {
    let n = "42".parse::<i32>().unwrap();
    let f: f64 = "2.5".parse().unwrap();
    println!("n + 1 = {}, f * 2 = {}", n + 1, f * 2.0);

    let bad = "forty".parse::<u8>();
    println!("bad is error? {}", bad.is_err());

    let ints = parse_all::<i64>("1, 2, x, 40");
    println!("ints = {:?}", ints);

    let flags: Vec<bool> = parse_all("true,false,maybe,true");
    println!("flags = {:?}", flags);

    let big = "300".parse::<u8>();
    match big {
        Ok(v) => println!("fits: {}", v),
        Err(e) => println!("error: {}", e),
    }
}
