// Two modules both define `Result`; rename one with `as`.
mod parser {
    pub type Result = std::result::Result<i32, String>;

    pub fn parse(s: &str) -> Result {
        s.trim().parse::<i32>().map_err(|e| format!("bad number '{}': {}", s, e))
    }
}

mod validator {
    #[derive(Debug)]
    pub enum Result {
        Valid,
        Invalid(&'static str),
    }

    pub fn check(n: i32) -> Result {
        if n < 0 {
            Result::Invalid("negative")
        } else if n > 100 {
            Result::Invalid("too large")
        } else {
            Result::Valid
        }
    }
}

use parser::Result as ParseResult;
use validator::Result as Verdict;

fn handle(input: &str) {
    let parsed: ParseResult = parser::parse(input);
    match parsed {
        Ok(n) => {
            let v: Verdict = validator::check(n);
            println!("{:>6} -> {} -> {:?}", input, n, v);
        }
        Err(msg) => println!("{:>6} -> error: {}", input, msg),
    }
}

fn main() {
    for s in ["42", "-7", "250", "abc", " 99 "] {
        handle(s);
    }
}
