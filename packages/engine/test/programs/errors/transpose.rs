fn parse_opt(s: Option<&str>) -> Result<Option<i32>, std::num::ParseIntError> {
    s.map(|t| t.parse::<i32>()).transpose()
}

fn main() {
    println!("{:?} {:?}", parse_opt(Some("5")), parse_opt(None));
    println!("{}", parse_opt(Some("x")).is_err());
    let r: Result<Option<u8>, String> = Ok(Some(3));
    let o: Option<Result<u8, String>> = r.transpose();
    let none: Result<Option<u8>, String> = Ok(None);
    let bad: Result<Option<u8>, String> = Err("no".to_string());
    println!("{:?} {:?} {:?}", o, none.transpose(), bad.transpose());
}
