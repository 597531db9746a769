mod parse {
    use std::fmt;
    use std::num::ParseIntError;

    #[derive(Debug)]
    pub enum ParseError {
        MissingField(&'static str),
        BadNumber(ParseIntError),
        OutOfRange(i32),
    }

    impl fmt::Display for ParseError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ParseError::MissingField(name) => write!(f, "missing field `{}`", name),
                ParseError::BadNumber(e) => write!(f, "bad number: {}", e),
                ParseError::OutOfRange(n) => write!(f, "{} is out of range", n),
            }
        }
    }

    impl From<ParseIntError> for ParseError {
        fn from(e: ParseIntError) -> Self {
            ParseError::BadNumber(e)
        }
    }

    pub struct Reading {
        pub sensor: String,
        pub value: i32,
    }

    pub fn reading(line: &str) -> Result<Reading, ParseError> {
        let mut it = line.split(',');
        let sensor = it.next().filter(|s| !s.is_empty()).ok_or(ParseError::MissingField("sensor"))?;
        let raw = it.next().ok_or(ParseError::MissingField("value"))?;
        let value: i32 = raw.trim().parse()?;
        if !(-50..=150).contains(&value) {
            return Err(ParseError::OutOfRange(value));
        }
        Ok(Reading { sensor: sensor.to_string(), value })
    }
}

fn main() {
    let lines = ["t1,22", "t2, 19", "t3,abc", ",5", "t4", "t5,400"];
    let mut good = 0;
    for line in lines.iter() {
        match parse::reading(line) {
            Ok(r) => {
                good += 1;
                println!("{:<8} -> {} = {}", line, r.sensor, r.value);
            }
            Err(e) => println!("{:<8} -> error: {}", line, e),
        }
    }
    println!("{} of {} lines parsed", good, lines.len());
}
