// Asking a tokenizer for a token that is not there: expect panics.
struct Tokens<'a> {
    parts: Vec<&'a str>,
}

impl<'a> Tokens<'a> {
    fn parse(line: &'a str) -> Tokens<'a> {
        Tokens { parts: line.split(',').map(|p| p.trim()).collect() }
    }

    fn field(&self, n: usize) -> &'a str {
        self.parts.get(n).copied().expect("missing field")
    }
}

fn main() {
    let record = String::from("Oslo, Norway, 709000");
    let t = Tokens::parse(&record);
    println!("city: {}", t.field(0));
    println!("country: {}", t.field(1));
    println!("population: {}", t.field(2));
    println!("area: {}", t.field(3));
}
