// A recursive-descent calculator: expr = term (('+'|'-') term)*, term = factor (('*'|'/') factor)*.
struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        Parser { chars: src.chars().peekable() }
    }

    fn skip_spaces(&mut self) {
        while let Some(c) = self.chars.peek() {
            if c.is_whitespace() {
                self.chars.next();
            } else {
                break;
            }
        }
    }

    fn number(&mut self) -> Result<i64, String> {
        self.skip_spaces();
        if let Some(&'(') = self.chars.peek() {
            self.chars.next();
            let v = self.expr()?;
            self.skip_spaces();
            return match self.chars.next() {
                Some(')') => Ok(v),
                _ => Err(String::from("missing )")),
            };
        }
        let mut digits = String::new();
        while let Some(&c) = self.chars.peek() {
            if c.is_ascii_digit() {
                digits.push(c);
                self.chars.next();
            } else {
                break;
            }
        }
        digits.parse().map_err(|_| format!("expected number, found {:?}", self.chars.peek()))
    }

    fn term(&mut self) -> Result<i64, String> {
        let mut acc = self.number()?;
        loop {
            self.skip_spaces();
            match self.chars.peek() {
                Some('*') => { self.chars.next(); acc *= self.number()?; }
                Some('/') => { self.chars.next(); acc /= self.number()?; }
                _ => return Ok(acc),
            }
        }
    }

    fn expr(&mut self) -> Result<i64, String> {
        let mut acc = self.term()?;
        loop {
            self.skip_spaces();
            match self.chars.peek() {
                Some('+') => { self.chars.next(); acc += self.term()?; }
                Some('-') => { self.chars.next(); acc -= self.term()?; }
                _ => return Ok(acc),
            }
        }
    }
}

fn main() {
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5", "4 + * 2", "(8 - 3"] {
        let mut p = Parser::new(src);
        println!("{:<18} => {:?}", src, p.expr());
    }
}
