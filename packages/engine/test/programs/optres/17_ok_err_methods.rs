fn main() {
    let good: Result<u32, String> = Ok(8);
    let bad: Result<u32, String> = Err("broken".to_string());

    println!("good.ok() = {:?}, good.err() = {:?}", good.clone().ok(), good.clone().err());
    println!("bad.ok() = {:?}, bad.err() = {:?}", bad.clone().ok(), bad.clone().err());

    println!("is_ok={} is_err={}", good.is_ok(), bad.is_err());
    println!("is_ok_and: {}", good.as_ref().is_ok_and(|v| *v > 5));
    println!("is_err_and: {}", bad.as_ref().is_err_and(|e| e.starts_with("br")));

    let inputs = ["1", "two", "3"];
    let oks: Vec<Option<i32>> = inputs.iter().map(|s| s.parse().ok()).collect();
    println!("{:?}", oks);
}
