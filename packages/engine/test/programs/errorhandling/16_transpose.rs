use std::num::ParseIntError;

// An optional field that must be a number when present.
fn parse_optional(field: Option<&str>) -> Result<Option<u32>, ParseIntError> {
    field.map(|s| s.parse::<u32>()).transpose()
}

fn main() {
    let fields = [Some("25"), None, Some("abc")];
    for f in fields {
        println!("{:?} -> {:?}", f, parse_optional(f));
    }

    let r: Result<Option<i32>, String> = Ok(Some(5));
    let o: Option<Result<i32, String>> = r.transpose();
    println!("transposed back: {:?}", o);

    let nothing: Option<Result<i32, String>> = None;
    println!("None transposes to {:?}", nothing.transpose());
}
