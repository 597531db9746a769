struct Holder<'a> {
    text: &'a str,
}
fn main() {
    let h;
    {
        let s = String::from("inner");
        h = Holder { text: &s };
    }
    println!("{}", h.text);
}
