// Result: match, combinators, and a type alias for a common Result.
use std::num::ParseIntError;

type AliasedResult<T> = Result<T, ParseIntError>;

fn multiply_match(first: &str, second: &str) -> AliasedResult<i32> {
    match first.parse::<i32>() {
        Ok(a) => match second.parse::<i32>() {
            Ok(b) => Ok(a * b),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    }
}

fn multiply(first: &str, second: &str) -> AliasedResult<i32> {
    first.parse::<i32>().and_then(|a| second.parse::<i32>().map(|b| a * b))
}

fn parse_port(s: &str) -> Result<u16, String> {
    s.parse::<u16>().map_err(|e| format!("invalid port '{}': {}", s, e))
}

fn print(result: AliasedResult<i32>) {
    match result {
        Ok(n) => println!("n is {}", n),
        Err(e) => println!("Error: {}", e),
    }
}

fn main() {
    print(multiply_match("10", "2"));
    print(multiply_match("t", "2"));
    print(multiply("4", "5"));
    print(multiply("4", ""));

    println!("{:?}", parse_port("8080"));
    println!("{:?}", parse_port("99999"));
    println!("{:?}", parse_port("-1"));

    let r: Result<i32, String> = Ok(3);
    println!("{}", r.clone().unwrap_or_default() + r.is_ok() as i32);
    let e: Result<i32, &str> = Err("boom");
    println!("{} {:?}", e.unwrap_or(-1), e.ok());
}
