struct Context<'s> {
    source: &'s str,
}
struct Parser<'c, 's> {
    context: &'c Context<'s>,
}
fn ctx<'c, 's>(p: &Parser<'c, 's>) -> &'s Context<'s> {
    p.context
}
fn main() {
    let text = String::from("title");
    let line;
    {
        let c = Context { source: &text };
        let p = Parser { context: &c };
        line = p.context.source;
    }
    println!("{}", line);
}
