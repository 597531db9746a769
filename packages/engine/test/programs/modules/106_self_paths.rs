mod parser {
    pub mod tokens {
        #[derive(Debug, PartialEq)]
        pub enum Token {
            Num(i64),
            Plus,
            Minus,
        }
    }

    use self::tokens::Token;

    fn lex(src: &str) -> Vec<Token> {
        src.split_whitespace()
            .map(|w| match w {
                "+" => Token::Plus,
                "-" => Token::Minus,
                n => Token::Num(n.parse().expect("number")),
            })
            .collect()
    }

    pub fn eval(src: &str) -> i64 {
        let toks = self::lex(src);
        let mut total = 0;
        let mut sign = 1;
        for t in &toks {
            match t {
                Token::Num(n) => total += sign * n,
                Token::Plus => sign = 1,
                Token::Minus => sign = -1,
            }
        }
        total
    }

    pub fn tokens_of(src: &str) -> Vec<self::tokens::Token> {
        lex(src)
    }
}

fn main() {
    for expr in ["1 + 2 + 3", "10 - 4 + 1", "7"] {
        println!("{} = {}", expr, parser::eval(expr));
    }
    let toks = parser::tokens_of("5 - 2");
    println!("{:?}", toks);
    println!("{}", toks[1] == parser::tokens::Token::Minus);
}
