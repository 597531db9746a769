use std::fmt;

#[derive(Debug)]
pub struct ParseError {
    line: usize,
    message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn parse_csv_row(line_no: usize, row: &str) -> Result<(String, u32), ParseError> {
    let mut parts = row.split(',');
    let name = parts.next().filter(|s| !s.is_empty()).ok_or(ParseError {
        line: line_no,
        message: "missing name".to_string(),
    })?;
    let qty_text = parts.next().ok_or_else(|| ParseError {
        line: line_no,
        message: format!("missing quantity for {}", name),
    })?;
    let qty = qty_text.trim().parse::<u32>().map_err(|e| ParseError {
        line: line_no,
        message: format!("bad quantity {:?}: {}", qty_text, e),
    })?;
    Ok((name.to_string(), qty))
}

fn main() {
    let data = "apples,3\npears, 12\n,4\nplums\nkiwis,many";
    for (i, row) in data.lines().enumerate() {
        match parse_csv_row(i + 1, row) {
            Ok((name, qty)) => println!("{} x{}", name, qty),
            Err(e) => println!("error at {}", e),
        }
    }
}
