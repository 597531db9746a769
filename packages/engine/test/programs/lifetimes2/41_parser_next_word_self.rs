// next_word ties its result to &mut self, so words keep the parser borrowed.
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_word(&mut self) -> Option<&str> {
        let rest = &self.input[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        if end == 0 {
            return None;
        }
        self.pos += (end + 1).min(rest.len());
        Some(&rest[..end])
    }
}

fn main() {
    let src = String::from("mul 6 7");
    let mut p = Parser { input: &src, pos: 0 };
    let op = p.next_word().unwrap();
    let a = p.next_word().unwrap();
    println!("{} {}", op, a);
}
