use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum GradeError {
    BadFormat(String),
    NotANumber(ParseIntError),
    OutOfRange(u32),
}

impl fmt::Display for GradeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            GradeError::BadFormat(line) => write!(f, "line {:?} is not `name: score`", line),
            GradeError::NotANumber(e) => write!(f, "score is not a number ({})", e),
            GradeError::OutOfRange(s) => write!(f, "score {} is above 100", s),
        }
    }
}

impl From<ParseIntError> for GradeError {
    fn from(e: ParseIntError) -> Self {
        GradeError::NotANumber(e)
    }
}

fn parse_line(line: &str) -> Result<(&str, u32), GradeError> {
    let mut parts = line.splitn(2, ':');
    let name = parts.next().unwrap().trim();
    let score_text = parts.next().ok_or_else(|| GradeError::BadFormat(line.to_string()))?;
    let score: u32 = score_text.trim().parse()?;
    if score > 100 {
        return Err(GradeError::OutOfRange(score));
    }
    Ok((name, score))
}

fn letter(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let input = "Maria: 93\nJonas: 78\nPriya 88\nLeo: 105\nSven: -1\nAiko: 61";
    let mut ok_count = 0;
    let mut errors = Vec::new();
    for (n, line) in input.lines().enumerate() {
        match parse_line(line) {
            Ok((name, score)) => {
                ok_count += 1;
                println!("{:<6} {:>3} {}", name, score, letter(score));
            }
            Err(e) => errors.push(format!("line {}: {}", n + 1, e)),
        }
    }
    println!("{} valid lines, {} errors:", ok_count, errors.len());
    for e in errors {
        println!("  {}", e);
    }
}
