fn parse_all(items: &[&str]) -> Result<Vec<i64>, std::num::ParseIntError> {
    items.iter().map(|s| s.parse::<i64>()).collect()
}

fn main() {
    let good = ["3", "-1", "40"];
    let bad = ["3", "oops", "40", "nope"];

    println!("{:?}", parse_all(&good));
    match parse_all(&bad) {
        Ok(v) => println!("unexpected {:?}", v),
        Err(e) => println!("first error: {}", e),
    }

    let results: Vec<Result<i64, String>> = vec![Ok(1), Err("a".into()), Ok(3), Err("b".into())];
    let (oks, errs): (Vec<_>, Vec<_>) = results.into_iter().partition(|r| r.is_ok());
    let oks: Vec<i64> = oks.into_iter().map(Result::unwrap).collect();
    let errs: Vec<String> = errs.into_iter().map(Result::unwrap_err).collect();
    println!("oks={:?} errs={:?}", oks, errs);
}
