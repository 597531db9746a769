trait Operation {
    fn symbol(&self) -> char;
    fn apply(&self, a: i64, b: i64) -> Option<i64>;
}

struct Add;
struct Sub;
struct Mul;
struct Div;

impl Operation for Add {
    fn symbol(&self) -> char { '+' }
    fn apply(&self, a: i64, b: i64) -> Option<i64> { a.checked_add(b) }
}
impl Operation for Sub {
    fn symbol(&self) -> char { '-' }
    fn apply(&self, a: i64, b: i64) -> Option<i64> { a.checked_sub(b) }
}
impl Operation for Mul {
    fn symbol(&self) -> char { '*' }
    fn apply(&self, a: i64, b: i64) -> Option<i64> { a.checked_mul(b) }
}
impl Operation for Div {
    fn symbol(&self) -> char { '/' }
    fn apply(&self, a: i64, b: i64) -> Option<i64> {
        if b == 0 { None } else { Some(a / b) }
    }
}

fn find_op<'a>(ops: &'a [Box<dyn Operation>], c: char) -> Option<&'a dyn Operation> {
    ops.iter().find(|o| o.symbol() == c).map(|b| b.as_ref())
}

fn main() {
    let ops: Vec<Box<dyn Operation>> = vec![Box::new(Add), Box::new(Sub), Box::new(Mul), Box::new(Div)];
    let exprs = [(12, '+', 30), (7, '*', 6), (100, '/', 0), (9, '%', 2), (50, '-', 8)];
    for (a, c, b) in exprs {
        match find_op(&ops, c) {
            Some(op) => match op.apply(a, b) {
                Some(v) => println!("{} {} {} = {}", a, c, b, v),
                None => println!("{} {} {} = error", a, c, b),
            },
            None => println!("unknown operator {}", c),
        }
    }
}
