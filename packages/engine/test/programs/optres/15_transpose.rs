use std::num::ParseIntError;

fn parse_optional(input: Option<&str>) -> Result<Option<i32>, ParseIntError> {
    input.map(|s| s.parse::<i32>()).transpose()
}

fn main() {
    println!("{:?}", parse_optional(Some("42")));
    println!("{:?}", parse_optional(None));
    println!("{:?}", parse_optional(Some("x")).is_err());

    let r: Result<Option<u8>, String> = Ok(Some(3));
    let o: Option<Result<u8, String>> = r.transpose();
    println!("{:?}", o);

    let back: Result<Option<u8>, String> = o.transpose();
    println!("{:?}", back);
}
