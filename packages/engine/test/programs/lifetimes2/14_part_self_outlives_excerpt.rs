// Same as before, but the method ties its result to &self.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &str {
        self.part
    }
}

fn main() {
    let text = String::from("Brevity is the soul of wit. Truly.");
    let piece;
    {
        let ex = Excerpt { part: &text[..7] };
        piece = ex.part(); // now this borrows ex
    }
    println!("piece = {}", piece);
}
