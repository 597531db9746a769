struct Context<'s> {
    source: &'s str,
}
struct Parser<'c, 's> {
    context: &'c Context<'s>,
}
impl<'c, 's> Parser<'c, 's> {
    fn first_line(&self) -> &'s str {
        self.context.source
    }
}
fn main() {
    let text = String::from("title");
    let line;
    {
        let ctx = Context { source: &text };
        let p = Parser { context: &ctx };
        line = p.first_line();
    }
    println!("first line: {}", line);
}
