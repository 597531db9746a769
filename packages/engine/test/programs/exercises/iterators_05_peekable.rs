#[derive(Debug, PartialEq)]
enum Tok {
    Num(u32),
    Ident(String),
    Op(char),
}

fn tokenize(src: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = src.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() {
            let mut n = 0;
            while let Some(&d) = it.peek() {
                if let Some(v) = d.to_digit(10) {
                    n = n * 10 + v;
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Num(n));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(&d) = it.peek() {
                if d.is_alphanumeric() {
                    s.push(d);
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Ident(s));
        } else if c.is_whitespace() {
            it.next();
        } else {
            out.push(Tok::Op(c));
            it.next();
        }
    }
    out
}

fn main() {
    let toks = tokenize("x1 = 42 + y*7 - (count2)");
    for t in &toks {
        println!("{:?}", t);
    }
    let nums: u32 = toks.iter().filter_map(|t| if let Tok::Num(n) = t { Some(*n) } else { None }).sum();
    println!("sum of numbers {}", nums);
    let mut groups = Vec::new();
    let data = [1, 1, 2, 2, 2, 3, 1, 1];
    let mut it = data.iter().peekable();
    while let Some(&x) = it.next() {
        let mut count = 1;
        while it.peek() == Some(&&x) {
            it.next();
            count += 1;
        }
        groups.push((x, count));
    }
    println!("run lengths {:?}", groups);
    let mut p = [5, 6].iter().peekable();
    println!("{:?}", p.peek());
    let a = p.next();
    let b = p.next();
    println!("{:?} {:?} {:?}", a, b, p.peek());
}
