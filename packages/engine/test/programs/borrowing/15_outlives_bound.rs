// 'a: 'b reads "'a outlives 'b".
struct Context<'s> {
    source: &'s str,
}

struct Parser<'c, 's: 'c> {
    context: &'c Context<'s>,
}

impl<'c, 's> Parser<'c, 's> {
    fn first_line(&self) -> &'s str {
        self.context.source.lines().next().unwrap_or("")
    }
}

fn shorten<'a: 'b, 'b>(long: &'a str, _other: &'b str) -> &'b str {
    // 'a outlives 'b, so a &'a str can be returned as &'b str
    &long[..3]
}

fn main() {
    let text = String::from("title: Borrowing\nbody: lifetimes");
    let line;
    {
        let ctx = Context { source: &text };
        let p = Parser { context: &ctx };
        line = p.first_line();
    }
    // line borrows from `text`, not from the Context or Parser
    println!("first line: {}", line);

    let other = String::from("xyz");
    println!("{}", shorten(&text, &other));
}
