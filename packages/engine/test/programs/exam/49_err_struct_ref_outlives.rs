#[derive(Debug)]
struct Highlight<'a> {
    text: &'a str,
}

fn main() {
    let h;
    {
        let article = String::from("Borrowing rules are checked at compile time.");
        h = Highlight { text: &article[..9] };
    }
    println!("{:?}", h);
}
