struct Holder<'a> {
    text: &'a str,
}
impl<'a> Holder<'a> {
    fn first_word(&self) -> &'a str {
        self.text.split(' ').next().unwrap_or("")
    }
}
fn main() {
    let s = String::from("hello world");
    let w;
    {
        let h = Holder { text: &s };
        w = h.first_word();
    }
    println!("{}", w);
}
