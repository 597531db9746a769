// A trait whose implementors choose their own output type.
trait Parser {
    type Output;
    fn parse(&self, input: &str) -> Option<Self::Output>;
}

struct IntList;
struct KeyValue {
    sep: char,
}

impl Parser for IntList {
    type Output = Vec<i64>;
    fn parse(&self, input: &str) -> Option<Vec<i64>> {
        input.split(',').map(|s| s.trim().parse().ok()).collect()
    }
}

impl Parser for KeyValue {
    type Output = (String, String);
    fn parse(&self, input: &str) -> Option<(String, String)> {
        let idx = input.find(self.sep)?;
        Some((input[..idx].trim().to_string(), input[idx + 1..].trim().to_string()))
    }
}

fn parse_each<P>(p: &P, lines: &[&str]) -> Vec<P::Output>
where
    P: Parser,
{
    lines.iter().filter_map(|l| p.parse(l)).collect()
}

fn main() {
    let nums = parse_each(&IntList, &["1, 2, 3", "4,x", "10,20"]);
    println!("{:?}", nums);
    let total: i64 = nums.iter().flatten().sum();
    println!("total {}", total);

    let kv = KeyValue { sep: '=' };
    let pairs = parse_each(&kv, &["name = Ferris", "broken line", "lang= Rust"]);
    for (k, v) in &pairs {
        println!("{} -> {}", k, v);
    }
    println!("{:?}", KeyValue { sep: ':' }.parse("a:b:c"));
}
