// Using `self::` to refer to items in the current module.
mod parser {
    pub mod token {
        #[derive(Debug, PartialEq)]
        pub enum Token {
            Num(i64),
            Plus,
            Minus,
        }
    }

    use self::token::Token;

    pub fn tokenize(src: &str) -> Vec<Token> {
        src.split_whitespace()
            .map(|w| match w {
                "+" => Token::Plus,
                "-" => Token::Minus,
                n => Token::Num(n.parse().unwrap()),
            })
            .collect()
    }

    pub fn eval(src: &str) -> i64 {
        let toks = self::tokenize(src);
        let mut total = 0;
        let mut sign = 1;
        for t in toks {
            match t {
                Token::Num(n) => total += sign * n,
                Token::Plus => sign = 1,
                Token::Minus => sign = -1,
            }
        }
        total
    }
}

fn main() {
    println!("{:?}", parser::tokenize("1 + 2 - 3"));
    println!("{}", parser::eval("10 + 20 - 5 + 7"));
    println!("{}", parser::eval("4 - 9"));
}
