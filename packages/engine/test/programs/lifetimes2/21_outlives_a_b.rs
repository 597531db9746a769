// 'a: 'b means 'a lives at least as long as 'b.
fn shorten<'a: 'b, 'b>(long: &'a str, _short: &'b str) -> &'b str {
    // A longer borrow can always be used as a shorter one.
    long
}

fn choose<'a: 'b, 'b>(x: &'a str, y: &'b str, first: bool) -> &'b str {
    if first { x } else { y }
}

fn main() {
    let book = String::from("War and Peace");
    let r;
    {
        let note = String::from("n");
        r = shorten(&book, &note);
        println!("inside: {}", r);
        println!("choose: {}", choose(&book, &note, false));
    }
    let s = choose(&book, "literal", true);
    println!("after: {}", s);
}
