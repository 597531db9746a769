// Returning &'a str lets the piece outlive the Excerpt itself.
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn part(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let text = String::from("Brevity is the soul of wit. Truly.");
    let piece;
    {
        let ex = Excerpt { part: &text[..7] };
        piece = ex.part(); // borrows text, not ex
    }
    println!("piece = {}", piece);
}
